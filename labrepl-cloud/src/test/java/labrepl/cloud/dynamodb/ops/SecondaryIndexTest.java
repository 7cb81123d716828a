package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.freshName;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** Global and local secondary indexes: creation, description, queries, projections, sparseness, UpdateTable. */
@WithLocalCloud
class SecondaryIndexTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static String table;

    @BeforeAll
    static void start() {
        table = freshName("orders");
        dynamodb.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("customer").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("order").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("status").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("total").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH),
                        k -> k.attributeName("order").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("by-status")
                        .keySchema(k -> k.attributeName("status").keyType(KeyType.HASH),
                                k -> k.attributeName("total").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("by-total")
                        .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH),
                                k -> k.attributeName("total").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("note"))));
        put("ann", 1, "open", 30, "first");
        put("ann", 2, "shipped", 10, "second");
        put("bob", 1, "open", 20, "third");
        dynamodb.putItem(b -> b.tableName(table).item(item("customer", s("cat"), "order", n("1"), "note", s("draft"))));
    }

    private static void put(String customer, int order, String status, int total, String note) {
        dynamodb.putItem(b -> b.tableName(table).item(item("customer", s(customer), "order", n(String.valueOf(order)),
                "status", s(status), "total", n(String.valueOf(total)), "note", s(note), "secret", s("x"))));
    }

    @Test
    void describeTableShowsBothIndexesWithTheirCounts() {
        TableDescription description = dynamodb.describeTable(b -> b.tableName(table)).table();
        assertEquals("by-status", description.globalSecondaryIndexes().get(0).indexName());
        assertEquals("ACTIVE", description.globalSecondaryIndexes().get(0).indexStatusAsString());
        assertEquals(3L, description.globalSecondaryIndexes().get(0).itemCount(), "the draft has no status: sparse");
        assertTrue(description.globalSecondaryIndexes().get(0).indexArn().endsWith("/index/by-status"));
        assertEquals(List.of("note"), description.localSecondaryIndexes().get(0).projection().nonKeyAttributes());
    }

    @Test
    void aGlobalIndexIsQueriedByItsOwnKeysAndProjectsOnlyKeys() {
        QueryResponse open = dynamodb.query(b -> b.tableName(table).indexName("by-status")
                .keyConditionExpression("#s = :open").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":open", s("open"))));
        assertEquals(2, open.count());
        assertEquals(item("customer", s("bob"), "order", n("1"), "status", s("open"), "total", n("20")),
                open.items().get(0), "KEYS_ONLY: table and index keys, sorted by total");
    }

    @Test
    void aLocalIndexSortsAPartitionByAnotherAttribute() {
        QueryResponse ann = dynamodb.query(b -> b.tableName(table).indexName("by-total")
                .keyConditionExpression("customer = :c").expressionAttributeValues(Map.of(":c", s("ann"))));
        assertEquals(List.of("10", "30"), ann.items().stream().map(i -> i.get("total").n()).toList());
        assertEquals(s("second"), ann.items().get(0).get("note"));
        assertNull(ann.items().get(0).get("secret"), "not projected");
    }

    @Test
    void writesKeepIndexesCurrent() {
        dynamodb.updateItem(b -> b.tableName(table).key(item("customer", s("ann"), "order", n("2")))
                .updateExpression("SET #s = :open").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":open", s("returned"))));
        QueryResponse returned = dynamodb.query(b -> b.tableName(table).indexName("by-status")
                .keyConditionExpression("#s = :r").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":r", s("returned"))));
        assertEquals(1, returned.count());
        dynamodb.updateItem(b -> b.tableName(table).key(item("customer", s("ann"), "order", n("2")))
                .updateExpression("SET #s = :open").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":open", s("shipped"))));
    }

    @Test
    void indexKeysOfTheWrongTypeAreRefused() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Type mismatch for Index Key "
                + "status Expected: S Actual: N IndexName: by-status", () -> dynamodb.putItem(b -> b.tableName(table)
                .item(item("customer", s("dan"), "order", n("1"), "status", n("1")))));
    }

    @Test
    void updateTableAddsAGlobalIndexFilledFromTheTableAndRemovesIt() {
        dynamodb.updateTable(b -> b.tableName(table)
                .attributeDefinitions(a -> a.attributeName("note").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("by-note")
                        .keySchema(k -> k.attributeName("note").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));
        QueryResponse draft = dynamodb.query(b -> b.tableName(table).indexName("by-note")
                .keyConditionExpression("note = :d").expressionAttributeValues(Map.of(":d", s("draft"))));
        assertEquals(1, draft.count());

        dynamodb.updateTable(b -> b.tableName(table).globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("by-note"))));
        assertEquals(1, dynamodb.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().size());
        assertError(DynamoDbException.class, "The table does not have the specified index: by-note",
                () -> dynamodb.query(b -> b.tableName(table).indexName("by-note").keyConditionExpression("note = :d")
                        .expressionAttributeValues(Map.of(":d", s("draft")))));
    }

    @Test
    void createTableChecksItsIndexes() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Table KeySchema does not have "
                + "a range key, which is required when specifying a LocalSecondaryIndex",
                () -> dynamodb.createTable(b -> b.tableName(freshName("bad")).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("a").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("b").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH))
                        .localSecondaryIndexes(l -> l.indexName("lsi").projection(p -> p.projectionType(ProjectionType.ALL))
                                .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH),
                                        k -> k.attributeName("b").keyType(KeyType.RANGE)))));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Duplicate index name: twice",
                () -> dynamodb.createTable(b -> b.tableName(freshName("bad")).billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("a").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("b").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH))
                        .globalSecondaryIndexes(
                                g -> g.indexName("twice").projection(p -> p.projectionType(ProjectionType.ALL))
                                        .keySchema(k -> k.attributeName("b").keyType(KeyType.HASH)),
                                g -> g.indexName("twice").projection(p -> p.projectionType(ProjectionType.ALL))
                                        .keySchema(k -> k.attributeName("b").keyType(KeyType.HASH)))));
    }

    @Test
    void aGlobalIndexRefusesAllAttributesWhenItDoesNotProjectThem() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is "
                + "not supported for global secondary index by-status because its projection type is not ALL",
                () -> dynamodb.query(b -> b.tableName(table).indexName("by-status").select("ALL_ATTRIBUTES")
                        .keyConditionExpression("#s = :o").expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(Map.of(":o", s("open")))));
        assertError(DynamoDbException.class, "Consistent reads are not supported on global secondary indexes",
                () -> dynamodb.scan(b -> b.tableName(table).indexName("by-status").consistentRead(true)));
        Map<String, AttributeValue> any = dynamodb.scan(b -> b.tableName(table).indexName("by-status")).items().get(0);
        assertEquals(4, any.size());
    }

    @Test
    void anOnDemandTablesIndexTakesNoThroughput() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: ProvisionedThroughput should "
                + "not be specified for index: by-status when BillingMode is PAY_PER_REQUEST",
                () -> dynamodb.updateTable(b -> b.tableName(table).globalSecondaryIndexUpdates(u -> u.update(c -> c
                        .indexName("by-status").provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))))));
    }
}
