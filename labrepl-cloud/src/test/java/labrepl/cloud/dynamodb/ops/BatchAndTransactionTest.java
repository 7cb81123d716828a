package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

@WithLocalCloud
class BatchAndTransactionTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static String table;

    @BeforeAll
    static void start() {
        table = createTable(dynamodb, ScalarAttributeType.S, null);
    }

    private static WriteRequest putRequest(String id) {
        return WriteRequest.builder().putRequest(p -> p.item(item("pk", s(id), "v", n("1")))).build();
    }

    @Test
    void batchWriteAndGetMoveManyItemsAndReportEmptyUnprocessedMaps() {
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            puts.add(putRequest("batch-" + i));
        }
        BatchWriteItemResponse written = dynamodb.batchWriteItem(b -> b.requestItems(Map.of(table, puts))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertTrue(written.unprocessedItems().isEmpty());
        assertEquals(25.0, written.consumedCapacity().get(0).capacityUnits());

        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(item("pk", s("batch-" + i)));
        }
        BatchGetItemResponse read = dynamodb.batchGetItem(b -> b.requestItems(Map.of(table,
                KeysAndAttributes.builder().keys(keys).projectionExpression("pk").build())));
        assertEquals(25, read.responses().get(table).size());
        assertEquals(1, read.responses().get(table).get(0).size(), "projected to pk");
        assertTrue(read.unprocessedKeys().isEmpty());
    }

    @Test
    void batchesRefuseTooManyItemsAndDuplicates() {
        List<WriteRequest> puts = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            puts.add(putRequest("too-many-" + i));
        }
        assertThrows(DynamoDbException.class, () -> dynamodb.batchWriteItem(b -> b.requestItems(Map.of(table, puts))));
        assertError(DynamoDbException.class, "Provided list of item keys contains duplicates",
                () -> dynamodb.batchWriteItem(b -> b.requestItems(Map.of(table, List.of(putRequest("d"), putRequest("d"))))));
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            keys.add(item("pk", s("k" + i)));
        }
        assertThrows(DynamoDbException.class, () -> dynamodb.batchGetItem(b -> b.requestItems(Map.of(table,
                KeysAndAttributes.builder().keys(keys).build()))));
        assertFalse(dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("too-many-0")))).hasItem(),
                "a refused batch writes nothing");
    }

    private static TransactWriteItem put(String id, String value) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item("pk", s(id), "v", s(value)))).build();
    }

    @Test
    void aTransactionWritesEverythingOrNothing() {
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("guard"), "state", s("locked"))));
        TransactWriteItem check = TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                .key(item("pk", s("guard"))).conditionExpression("#s = :open")
                .expressionAttributeNames(Map.of("#s", "state")).expressionAttributeValues(Map.of(":open", s("open")))
                .returnValuesOnConditionCheckFailure("ALL_OLD")).build();

        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> dynamodb.transactWriteItems(b -> b.transactItems(put("t1", "a"), check)));
        assertEquals("Transaction cancelled, please refer cancellation reasons for specific reasons "
                + "[None, ConditionalCheckFailed]", cancelled.awsErrorDetails().errorMessage());
        assertEquals("None", cancelled.cancellationReasons().get(0).code());
        assertEquals("ConditionalCheckFailed", cancelled.cancellationReasons().get(1).code());
        assertEquals(s("locked"), cancelled.cancellationReasons().get(1).item().get("state"));
        assertFalse(dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("t1")))).hasItem());

        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("guard"), "state", s("open"))));
        dynamodb.transactWriteItems(b -> b.transactItems(put("t1", "a"), check,
                TransactWriteItem.builder().update(u -> u.tableName(table).key(item("pk", s("t2")))
                        .updateExpression("SET v = :b").expressionAttributeValues(Map.of(":b", s("b")))).build()));
        assertEquals(s("a"), dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("t1")))).item().get("v"));
        assertEquals(s("b"), dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("t2")))).item().get("v"));
    }

    @Test
    void aTransactionMayTouchAnItemOnlyOnce() {
        assertError(DynamoDbException.class, "Transaction request cannot include multiple operations on one item",
                () -> dynamodb.transactWriteItems(b -> b.transactItems(put("same", "a"), put("same", "b"))));
    }

    @Test
    void aRepeatedClientRequestTokenDoesNotWriteAgain() {
        dynamodb.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(put("idem", "first")));
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("idem"), "v", s("changed"))));
        dynamodb.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(put("idem", "first")));
        assertEquals(s("changed"), dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("idem")))).item().get("v"));
        assertThrows(IdempotentParameterMismatchException.class, () -> dynamodb.transactWriteItems(b -> b
                .clientRequestToken("token-1").transactItems(put("idem", "other"))));
    }

    @Test
    void transactGetItemsReadsSeveralItemsTogether() {
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("g1"), "v", s("one"))));
        var response = dynamodb.transactGetItems(b -> b.transactItems(
                t -> t.get(g -> g.tableName(table).key(item("pk", s("g1")))),
                t -> t.get(g -> g.tableName(table).key(item("pk", s("g-missing"))))));
        assertEquals(s("one"), response.responses().get(0).item().get("v"));
        assertFalse(response.responses().get(1).hasItem());
    }

    @Test
    void consumedCapacityFollowsDynamoDbsArithmetic() {
        String big = "x".repeat(5000);
        var put = dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("cap"), "v", s(big)))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
        assertEquals(5.0, put.consumedCapacity().capacityUnits(), "5 KB item: 5 write units");
        assertEquals(5.0, put.consumedCapacity().table().capacityUnits());
        var strong = dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("cap"))).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(2.0, strong.consumedCapacity().capacityUnits(), "5 KB read: two 4 KB units");
        var eventual = dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("cap")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(1.0, eventual.consumedCapacity().capacityUnits());
        var missing = dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("nothing")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(0.5, missing.consumedCapacity().capacityUnits());
        var small = dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("cap")))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
        assertEquals(5.0, small.consumedCapacity().capacityUnits(), "a write is charged for the larger item");
        assertEquals(null, dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("cap")))).consumedCapacity());
    }
}
