package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** Acknowledged transactions, updates and their index entries survive {@code kill -9} of serve. */
@Tag("process")
@Tag("crash")
class ServeDynamoDbCrashTest {

    @TempDir
    Path temp;

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .build();
    }

    private static Map<String, AttributeValue> account(String id, String balance) {
        return Map.of("id", AttributeValue.fromS(id), "owner", AttributeValue.fromS("ann"),
                "balance", AttributeValue.fromN(balance));
    }

    @Test
    void transactionsAndIndexEntriesSurviveKillDashNine() throws Exception {
        Path data = temp.resolve("data");
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString())) {
            try (DynamoDbClient dynamodb = client(serve.endpoint())) {
                dynamodb.createTable(b -> b.tableName("Accounts").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("owner").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .globalSecondaryIndexes(g -> g.indexName("by-owner")
                                .keySchema(k -> k.attributeName("owner").keyType(KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.ALL))));
                dynamodb.transactWriteItems(b -> b.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName("Accounts").item(account("a", "70"))).build(),
                        TransactWriteItem.builder().put(p -> p.tableName("Accounts").item(account("b", "30"))).build()));
                dynamodb.updateItem(b -> b.tableName("Accounts").key(Map.of("id", AttributeValue.fromS("a")))
                        .updateExpression("SET balance = balance - :ten")
                        .expressionAttributeValues(Map.of(":ten", AttributeValue.fromN("10"))));
            }
            serve.kill();
        }
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString());
                DynamoDbClient dynamodb = client(serve.endpoint())) {
            var owned = dynamodb.query(b -> b.tableName("Accounts").indexName("by-owner")
                    .keyConditionExpression("#o = :ann").expressionAttributeNames(Map.of("#o", "owner"))
                    .expressionAttributeValues(Map.of(":ann", AttributeValue.fromS("ann"))));
            assertEquals(2, owned.count());
            assertEquals("60", dynamodb.getItem(b -> b.tableName("Accounts").key(Map.of("id", AttributeValue.fromS("a"))))
                    .item().get("balance").n());
            var table = dynamodb.describeTable(b -> b.tableName("Accounts")).table();
            assertEquals(2L, table.itemCount());
            assertEquals(table.tableSizeBytes(), table.globalSecondaryIndexes().get(0).indexSizeBytes());
        }
    }

    /** Checkpoints run every second and commit while requests keep writing: no acknowledged write may fall between. */
    @Test
    void writesAcknowledgedWhileCheckpointsRunSurviveKillDashNine() throws Exception {
        Path data = temp.resolve("data");
        AtomicLong acknowledged = new AtomicLong();
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString());
                DynamoDbClient dynamodb = client(serve.endpoint())) {
            dynamodb.createTable(b -> b.tableName("Events").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            long until = System.nanoTime() + 3_500_000_000L; // spans at least three checkpoints
            Thread[] writers = new Thread[4];
            for (int w = 0; w < writers.length; w++) {
                String prefix = "w" + w + "-";
                writers[w] = new Thread(() -> {
                    for (long n = 0; System.nanoTime() < until; n++) {
                        String id = prefix + n; // each key written once: a lost write stays lost
                        dynamodb.putItem(b -> b.tableName("Events").item(Map.of("id", AttributeValue.fromS(id))));
                        acknowledged.incrementAndGet();
                    }
                });
                writers[w].start();
            }
            for (Thread writer : writers) {
                writer.join();
            }
            serve.kill();
        }
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString());
                DynamoDbClient dynamodb = client(serve.endpoint())) {
            int found = dynamodb.scanPaginator(b -> b.tableName("Events").select(Select.COUNT)).stream()
                    .mapToInt(page -> page.count()).sum();
            assertEquals(acknowledged.get(), found);
        }
    }
}
