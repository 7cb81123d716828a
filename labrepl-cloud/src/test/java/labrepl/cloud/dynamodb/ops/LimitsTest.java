package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The limits DynamoDB enforces on expressions, items, indexes and updates, in its words. */
@WithLocalCloud
class LimitsTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static String table;

    @BeforeAll
    static void start() {
        table = createTable(dynamodb, ScalarAttributeType.S, null);
    }

    private static void filter(String expression, Map<String, AttributeValue> values) {
        dynamodb.scan(b -> b.tableName(table).filterExpression(expression).expressionAttributeValues(values));
    }

    @Test
    void anExpressionIsAtMostFourKilobytes() {
        String expression = "a = :a OR " + "b".repeat(4090);
        assertError(DynamoDbException.class, "Invalid FilterExpression: Expression size has exceeded the maximum allowed "
                + "size; expression size: " + expression.length(), () -> filter(expression, Map.of(":a", n("1"))));
        assertError(DynamoDbException.class, "Invalid UpdateExpression: Expression size has exceeded the maximum allowed "
                + "size;", () -> dynamodb.updateItem(b -> b.tableName(table).key(item("pk", s("x")))
                .updateExpression("SET " + "a".repeat(4100) + " = :a").expressionAttributeValues(Map.of(":a", n("1")))));
    }

    @Test
    void anExpressionHasAtMostThreeHundredOperators() {
        StringBuilder expression = new StringBuilder("a = :a");
        for (int i = 0; i < 150; i++) {
            expression.append(" OR a = :a");
        }
        assertError(DynamoDbException.class, "Invalid FilterExpression: The expression contains too many operators; "
                + "operator count: 301", () -> filter(expression.toString(), Map.of(":a", n("1"))));
    }

    @Test
    void inTakesAtMostAHundredOperands() {
        String operands = String.join(", ", java.util.Collections.nCopies(101, ":a"));
        assertError(DynamoDbException.class, "Invalid FilterExpression: The IN operator is provided with too many "
                + "operands; number of operands: 101", () -> filter("a IN (" + operands + ")", Map.of(":a", n("1"))));
    }

    @Test
    void documentsNestAtMostThirtyTwoLevels() {
        AttributeValue deep = s("bottom");
        for (int level = 0; level < 32; level++) {
            deep = AttributeValue.fromL(List.of(deep));
        }
        AttributeValue tooDeep = deep;
        assertError(DynamoDbException.class, "Nesting Levels have exceeded supported limits: Attributes in the item have "
                + "nested levels beyond supported limit",
                () -> dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("deep"), "d", tooDeep))));
        AttributeValue deepest = deep.l().get(0);
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("deep"), "d", deepest)));
    }

    @Test
    void expressionAttributeNamesAreNamesOfAtMost255Bytes() {
        String longKey = "#" + "k".repeat(255);
        assertError(DynamoDbException.class, "ExpressionAttributeNames contains invalid key: The expression attribute map "
                + "contains a key that is too long; size of key: 256", () -> dynamodb.scan(b -> b.tableName(table)
                .filterExpression("attribute_exists(" + longKey + ")").expressionAttributeNames(Map.of(longKey, "a"))));
        assertError(DynamoDbException.class, "ExpressionAttributeNames contains invalid value: Empty attribute name for "
                + "key #a", () -> dynamodb.scan(b -> b.tableName(table).filterExpression("attribute_exists(#a)")
                .expressionAttributeNames(Map.of("#a", ""))));
    }

    @Test
    void anIncludeProjectionNamesItsAttributes() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: ProjectionType is INCLUDE, but "
                + "NonKeyAttributes is not specified", () -> dynamodb.createTable(b -> b.tableName("include-nothing")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("by-g").keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE)))));
    }

    @Test
    void anUpdateThatOnlyRemovesDoesNotCreateTheItem() {
        Map<String, AttributeValue> key = item("pk", s("never-created"));
        dynamodb.updateItem(b -> b.tableName(table).key(key).updateExpression("REMOVE a"));
        dynamodb.updateItem(b -> b.tableName(table).key(key)
                .attributeUpdates(Map.of("a", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build())));
        assertFalse(dynamodb.getItem(b -> b.tableName(table).key(key)).hasItem());
    }

    @Test
    void anUpdateWithoutActionsCreatesTheKeyAndReturnsWhatWasAsked() {
        Map<String, AttributeValue> key = item("pk", s("bare"));
        assertEquals(key, dynamodb.updateItem(b -> b.tableName(table).key(key).returnValues(ReturnValue.ALL_NEW))
                .attributes());
        assertFalse(dynamodb.updateItem(b -> b.tableName(table).key(key).returnValues(ReturnValue.UPDATED_NEW))
                .hasAttributes());
        assertEquals(key, dynamodb.updateItem(b -> b.tableName(table).key(key).returnValues(ReturnValue.ALL_OLD))
                .attributes());
    }
}
