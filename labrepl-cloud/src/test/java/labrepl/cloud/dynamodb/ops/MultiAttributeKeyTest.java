package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.freshName;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Global secondary indexes whose partition and sort keys are made of up to four attributes each:
 * the partition attributes are matched together, the sort attributes left to right.
 */
@WithLocalCloud
class MultiAttributeKeyTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static String table;

    @BeforeAll
    static void start() {
        table = freshName("matches");
        dynamodb.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("tourney").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("venue").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("leg").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("side").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("by-round")
                        .keySchema(key("tourney", KeyType.HASH), key("venue", KeyType.HASH),
                                key("leg", KeyType.RANGE), key("side", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        put("m1", "winter", "eu", "1", "upper");
        put("m2", "winter", "eu", "2", "lower");
        put("m3", "winter", "eu", "2", "upper");
        put("m4", "winter", "na", "2", "upper");
        put("m5", "summer", "eu", "2", "upper");
        dynamodb.putItem(b -> b.tableName(table).item(item("id", s("m6"), "tourney", s("winter"), "venue", s("eu"))));
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static void put(String id, String tournament, String region, String round, String bracket) {
        dynamodb.putItem(b -> b.tableName(table).item(item("id", s(id), "tourney", s(tournament),
                "venue", s(region), "leg", n(round), "side", s(bracket))));
    }

    private static List<String> query(String condition, Map<String, AttributeValue> values) {
        return dynamodb.query(b -> b.tableName(table).indexName("by-round").keyConditionExpression(condition)
                .expressionAttributeValues(values)).items().stream().map(i -> i.get("id").s()).toList();
    }

    @Test
    void theIndexIsDescribedWithEveryKeyAttributeInOrder() {
        var keys = dynamodb.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().get(0).keySchema();
        assertEquals(List.of("tourney", "venue", "leg", "side"),
                keys.stream().map(KeySchemaElement::attributeName).toList());
    }

    @Test
    void aQueryMatchesEveryPartitionAttributeAndSortsByTheSortAttributesInOrder() {
        Map<String, AttributeValue> values = Map.of(":t", s("winter"), ":r", s("eu"));
        assertEquals(List.of("m1", "m2", "m3"), query("tourney = :t AND venue = :r", values));
        assertEquals(List.of("m2", "m3"), query("tourney = :t AND venue = :r AND leg = :n",
                Map.of(":t", s("winter"), ":r", s("eu"), ":n", n("2"))));
        assertEquals(List.of("m3"), query("tourney = :t AND venue = :r AND leg = :n AND begins_with(side, :b)",
                Map.of(":t", s("winter"), ":r", s("eu"), ":n", n("2"), ":b", s("up"))));
        assertEquals(List.of("m2", "m3"), query("tourney = :t AND venue = :r AND leg > :n",
                Map.of(":t", s("winter"), ":r", s("eu"), ":n", n("1"))));
    }

    @Test
    void everyPartitionAttributeIsNeededAndSortAttributesGoLeftToRight() {
        assertError(DynamoDbException.class, "Query condition missed key schema element: venue",
                () -> query("tourney = :t", Map.of(":t", s("winter"))));
        assertError(DynamoDbException.class, "Query condition missed key schema element: leg",
                () -> query("tourney = :t AND venue = :r AND side = :b",
                        Map.of(":t", s("winter"), ":r", s("eu"), ":b", s("upper"))));
        assertError(DynamoDbException.class, "Query key condition not supported",
                () -> query("tourney = :t AND venue = :r AND leg > :n AND side = :b",
                        Map.of(":t", s("winter"), ":r", s("eu"), ":n", n("1"), ":b", s("upper"))));
    }

    @Test
    void keySchemasThatAreNotTwoOrderedRunsAreRefused() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: All HASH key attributes must "
                + "precede RANGE key attributes in the KeySchema", () -> createIndex(key("tourney", KeyType.HASH),
                key("leg", KeyType.RANGE), key("venue", KeyType.HASH)));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: The KeySchema exceeds the "
                + "maximum allowed number of HASH key attributes", () -> createIndex(key("a", KeyType.HASH),
                key("b", KeyType.HASH), key("c", KeyType.HASH), key("d", KeyType.HASH), key("e", KeyType.HASH)));
        assertError(DynamoDbException.class, "The KeySchema contains multiple key attributes with the same name",
                () -> createIndex(key("a", KeyType.HASH), key("b", KeyType.HASH), key("a", KeyType.RANGE)));
    }

    private static void createIndex(KeySchemaElement... keys) {
        dynamodb.createTable(b -> b.tableName(freshName("refused")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(List.of("id", "a", "b", "c", "d", "e", "tourney", "leg", "venue").stream()
                        .map(name -> software.amazon.awssdk.services.dynamodb.model.AttributeDefinition.builder()
                                .attributeName(name).attributeType(ScalarAttributeType.S).build()).toList())
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("gsi").keySchema(keys)
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
    }
}
