package labrepl.cloud.dynamodb.streams;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.freshName;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

@WithLocalCloud
class DynamoDbStreamsTest {

    @ClassCloud
    static DynamoDbClient dynamodb;
    @ClassCloud
    static DynamoDbStreamsClient streams;

    /** A table keyed by {@code pk}, with a stream of this view type, or none when it is null. */
    private static TableDescription createTable(String name, StreamViewType viewType) {
        return dynamodb.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S));
            if (viewType != null) {
                b.streamSpecification(spec -> spec.streamEnabled(true).streamViewType(viewType));
            }
        }).tableDescription();
    }

    private static StreamDescription describe(String streamArn) {
        return streams.describeStream(b -> b.streamArn(streamArn)).streamDescription();
    }

    private static String iterator(String streamArn, ShardIteratorType type, String sequenceNumber) {
        String shard = describe(streamArn).shards().get(0).shardId();
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard).shardIteratorType(type)
                .sequenceNumber(sequenceNumber)).shardIterator();
    }

    private static List<Record> readAll(String streamArn) {
        return streams.getRecords(b -> b.shardIterator(iterator(streamArn, ShardIteratorType.TRIM_HORIZON, null)))
                .records();
    }

    @Test
    void aTableCreatedWithAStreamNamesItAndTheStreamIsListedAndDescribed() {
        String name = freshName("streamed");
        TableDescription created = createTable(name, StreamViewType.NEW_AND_OLD_IMAGES);

        assertTrue(created.streamSpecification().streamEnabled());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, created.streamSpecification().streamViewType());
        String arn = created.latestStreamArn();
        assertEquals(created.tableArn() + "/stream/" + created.latestStreamLabel(), arn);
        assertTrue(created.latestStreamLabel().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
        assertEquals(arn, dynamodb.describeTable(b -> b.tableName(name)).table().latestStreamArn());
        assertEquals(List.of(arn), streams.listStreams(b -> b.tableName(name)).streams().stream()
                .map(stream -> stream.streamArn()).toList());

        StreamDescription description = describe(arn);
        assertEquals("ENABLED", description.streamStatusAsString());
        assertEquals(name, description.tableName());
        assertEquals("pk", description.keySchema().get(0).attributeName());
        assertEquals(1, description.shards().size());
        assertTrue(description.shards().get(0).sequenceNumberRange().startingSequenceNumber().matches("\\d{21}"));
        assertNull(description.shards().get(0).sequenceNumberRange().endingSequenceNumber());
    }

    @Test
    void everyWriteThatChangesAnItemIsRecordedInOrderWithTheImagesOfItsViewType() {
        String name = freshName("writes");
        String arn = createTable(name, StreamViewType.NEW_AND_OLD_IMAGES).latestStreamArn();
        Map<String, AttributeValue> key = item("pk", s("a"));

        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("a"), "n", n("1"))));
        dynamodb.putItem(b -> b.tableName(name).item(item("n", n("1"), "pk", s("a")))); // the same item: no record
        dynamodb.updateItem(b -> b.tableName(name).key(key).updateExpression("SET n = n + :one")
                .expressionAttributeValues(Map.of(":one", n("1"))));
        dynamodb.deleteItem(b -> b.tableName(name).key(key));
        dynamodb.deleteItem(b -> b.tableName(name).key(key)); // nothing to delete: no record
        dynamodb.batchWriteItem(b -> b.requestItems(Map.of(name, List.of(
                software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(p -> p.item(item("pk", s("b")))).build()))));
        dynamodb.transactWriteItems(b -> b.transactItems(t -> t.put(p -> p.tableName(name).item(item("pk", s("c"))))));

        List<Record> records = readAll(arn);
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE, OperationType.INSERT,
                OperationType.INSERT), records.stream().map(Record::eventName).toList());
        Record modify = records.get(1);
        assertEquals(key, modify.dynamodb().keys());
        assertEquals(item("pk", s("a"), "n", n("1")), modify.dynamodb().oldImage());
        assertEquals(item("pk", s("a"), "n", n("2")), modify.dynamodb().newImage());
        assertFalse(records.get(2).dynamodb().hasNewImage());
        assertEquals("aws:dynamodb", modify.eventSource());
        assertTrue(modify.eventID().matches("[0-9a-f]{32}"));
        BigInteger previous = BigInteger.ZERO;
        for (Record record : records) {
            BigInteger sequence = new BigInteger(record.dynamodb().sequenceNumber());
            assertTrue(sequence.compareTo(previous) > 0, "sequence numbers grow");
            previous = sequence;
        }
    }

    @Test
    void aKeysOnlyStreamShowsNoImagesAndANewImageStreamNoOldOne() {
        String keysOnly = freshName("keys");
        String keysArn = createTable(keysOnly, StreamViewType.KEYS_ONLY).latestStreamArn();
        String newImage = freshName("new-image");
        String newArn = createTable(newImage, StreamViewType.NEW_IMAGE).latestStreamArn();
        for (String table : List.of(keysOnly, newImage)) {
            dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("k"), "v", n("1"))));
            dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("k"), "v", n("2"))));
        }

        Record keys = readAll(keysArn).get(1);
        assertEquals(item("pk", s("k")), keys.dynamodb().keys());
        assertFalse(keys.dynamodb().hasNewImage());
        assertFalse(keys.dynamodb().hasOldImage());
        assertEquals(StreamViewType.KEYS_ONLY, keys.dynamodb().streamViewType());
        Record modified = readAll(newArn).get(1);
        assertEquals(item("pk", s("k"), "v", n("2")), modified.dynamodb().newImage());
        assertFalse(modified.dynamodb().hasOldImage());
    }

    @Test
    void iteratorsStartWhereTheirTypeSaysAndEachReadHandsOnTheNext() {
        String name = freshName("iterators");
        String arn = createTable(name, StreamViewType.KEYS_ONLY).latestStreamArn();
        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("1"))));
        String latest = iterator(arn, ShardIteratorType.LATEST, null);
        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("2"))));

        GetRecordsResponse fromLatest = streams.getRecords(b -> b.shardIterator(latest));
        assertEquals(1, fromLatest.records().size());
        assertEquals(item("pk", s("2")), fromLatest.records().get(0).dynamodb().keys());
        GetRecordsResponse nothingYet = streams.getRecords(b -> b.shardIterator(fromLatest.nextShardIterator()));
        assertEquals(List.of(), nothingYet.records());
        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("3"))));
        assertEquals(1, streams.getRecords(b -> b.shardIterator(nothingYet.nextShardIterator())).records().size());

        String first = readAll(arn).get(0).dynamodb().sequenceNumber();
        assertEquals(3, streams.getRecords(b -> b.shardIterator(
                iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, first))).records().size());
        assertEquals(2, streams.getRecords(b -> b.shardIterator(
                iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, first))).records().size());
        assertEquals(1, streams.getRecords(b -> b.shardIterator(
                iterator(arn, ShardIteratorType.TRIM_HORIZON, null)).limit(1)).records().size());
    }

    @Test
    void updateTableTurnsAStreamOnAndOffAsDynamoDbAllows() {
        String name = freshName("toggled");
        TableDescription plain = createTable(name, null);
        assertNull(plain.latestStreamArn());

        String firstArn = dynamodb.updateTable(b -> b.tableName(name).streamSpecification(
                spec -> spec.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
                .tableDescription().latestStreamArn();
        assertError(DynamoDbException.class, "Table already has an enabled stream: TableName: " + name,
                () -> dynamodb.updateTable(b -> b.tableName(name).streamSpecification(
                        spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))));
        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("before-off"))));
        String open = iterator(firstArn, ShardIteratorType.TRIM_HORIZON, null);

        TableDescription off = dynamodb.updateTable(b -> b.tableName(name)
                .streamSpecification(spec -> spec.streamEnabled(false))).tableDescription();
        assertNull(off.streamSpecification());
        assertEquals(firstArn, off.latestStreamArn());
        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("after-off"))));
        StreamDescription closed = describe(firstArn);
        assertEquals("DISABLED", closed.streamStatusAsString());
        assertTrue(closed.shards().get(0).sequenceNumberRange().endingSequenceNumber().matches("\\d{21}"));
        GetRecordsResponse toTheEnd = streams.getRecords(b -> b.shardIterator(open));
        assertEquals(1, toTheEnd.records().size());
        assertNull(toTheEnd.nextShardIterator(), "a closed shard read to its end has no next iterator");
        assertError(DynamoDbException.class, "Table has no stream to disable: TableName: " + name,
                () -> dynamodb.updateTable(b -> b.tableName(name).streamSpecification(spec -> spec.streamEnabled(false))));

        String secondArn = dynamodb.updateTable(b -> b.tableName(name).streamSpecification(
                spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)))
                .tableDescription().latestStreamArn();
        assertNotEquals(firstArn, secondArn);
        assertEquals(2, streams.listStreams(b -> b.tableName(name)).streams().size());
    }

    @Test
    void streamSpecificationsAreCheckedInDynamoDbsWords() {
        String name = freshName("specs");
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Table is being created with a "
                + "stream enabled, UpdateViewType is required", () -> dynamodb.createTable(b -> b.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .streamSpecification(spec -> spec.streamEnabled(true))));
        createTable(name, null);
        assertError(DynamoDbException.class, "One or more parameter values were invalid: If stream is being enabled "
                + "then UpdateViewType is required", () -> dynamodb.updateTable(b -> b.tableName(name)
                .streamSpecification(spec -> spec.streamEnabled(true))));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: If stream is being disabled, "
                + "then UpdateViewType must not be specified", () -> dynamodb.updateTable(b -> b.tableName(name)
                .streamSpecification(spec -> spec.streamEnabled(false).streamViewType(StreamViewType.KEYS_ONLY))));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: You cannot modify stream "
                + "status while updating table IOPS", () -> dynamodb.updateTable(b -> b.tableName(name)
                .billingMode(BillingMode.PROVISIONED).provisionedThroughput(t -> t.readCapacityUnits(1L)
                        .writeCapacityUnits(1L))
                .streamSpecification(spec -> spec.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))));
    }

    @Test
    void aDeletedTablesStreamStaysListedAndReadableAsDisabled() {
        String name = freshName("deleted");
        String arn = createTable(name, StreamViewType.NEW_IMAGE).latestStreamArn();
        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("x"))));
        dynamodb.deleteTable(b -> b.tableName(name));

        assertEquals("DISABLED", describe(arn).streamStatusAsString());
        assertEquals(1, readAll(arn).size());
    }

    @Test
    void badArnsShardsAndIteratorsAreRefused() {
        String name = freshName("refusals");
        String arn = createTable(name, StreamViewType.KEYS_ONLY).latestStreamArn();
        String unknown = arn.replace(name, name + "-gone");

        DynamoDbException malformed = assertThrows(DynamoDbException.class,
                () -> streams.describeStream(b -> b.streamArn("arn:aws:dynamodb:us-west-2:000000000000:table/t/x/y")));
        assertEquals("Invalid StreamArn", malformed.awsErrorDetails().errorMessage());
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> streams.describeStream(b -> b.streamArn(unknown)));
        assertEquals("Requested resource not found: Stream: " + unknown + " not found",
                missing.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> streams.getShardIterator(b -> b.streamArn(arn)
                .shardId("shardId-00000000000000000000-00000000").shardIteratorType(ShardIteratorType.LATEST)));
        DynamoDbException garbage = assertThrows(DynamoDbException.class,
                () -> streams.getRecords(b -> b.shardIterator("not an iterator")));
        assertEquals("Invalid ShardIterator", garbage.awsErrorDetails().errorMessage());
    }
}
