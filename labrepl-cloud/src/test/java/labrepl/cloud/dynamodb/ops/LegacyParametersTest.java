package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The members expressions replaced still work: Expected, KeyConditions, filters, AttributesToGet, AttributeUpdates. */
@WithLocalCloud
class LegacyParametersTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static String table;

    @BeforeAll
    static void start() {
        table = createTable(dynamodb, ScalarAttributeType.S, ScalarAttributeType.N);
        for (int i = 1; i <= 5; i++) {
            int sort = i;
            dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("p"), "sk", n(String.valueOf(sort)),
                    "v", n(String.valueOf(sort * 10)), "w", s("x"))));
        }
    }

    private static Condition condition(ComparisonOperator operator, String... numbers) {
        return Condition.builder().comparisonOperator(operator)
                .attributeValueList(java.util.Arrays.stream(numbers).map(x -> n(x)).toList()).build();
    }

    @Test
    void keyConditionsQueryFilterAndAttributesToGetRead() {
        var response = dynamodb.query(b -> b.tableName(table)
                .keyConditions(Map.of("pk", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                                .attributeValueList(s("p")).build(),
                        "sk", condition(ComparisonOperator.BETWEEN, "2", "4")))
                .queryFilter(Map.of("v", condition(ComparisonOperator.GT, "20")))
                .attributesToGet("sk"));
        assertEquals(List.of(item("sk", n("3")), item("sk", n("4"))), response.items());
        assertEquals(3, response.scannedCount());
    }

    @Test
    void scanFilterCombinesWithConditionalOperator() {
        var response = dynamodb.scan(b -> b.tableName(table).conditionalOperator("OR")
                .scanFilter(Map.of("v", condition(ComparisonOperator.LE, "10"), "sk", condition(ComparisonOperator.EQ, "5"))));
        assertEquals(2, response.count());
    }

    @Test
    void expectedAndAttributeUpdatesWrite() {
        dynamodb.updateItem(b -> b.tableName(table).key(item("pk", s("p"), "sk", n("1")))
                .attributeUpdates(Map.of("v", software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate.builder()
                        .action(AttributeAction.ADD).value(n("5")).build()))
                .expected(Map.of("w", ExpectedAttributeValue.builder().value(s("x")).build())));
        assertEquals(n("15"), dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("p"), "sk", n("1")))).item().get("v"));
        assertThrows(ConditionalCheckFailedException.class, () -> dynamodb.deleteItem(b -> b.tableName(table)
                .key(item("pk", s("p"), "sk", n("1")))
                .expected(Map.of("w", ExpectedAttributeValue.builder().exists(false).build()))));
    }

    @Test
    void oldAndNewMembersCannotBeMixed() {
        assertError(DynamoDbException.class, "Can not use both expression and non-expression parameters in the same "
                + "request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}",
                () -> dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("p"), "sk", n("1")))
                        .attributesToGet("v").projectionExpression("w")));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Invalid number of argument(s) "
                + "for the BETWEEN ComparisonOperator", () -> dynamodb.scan(b -> b.tableName(table)
                .scanFilter(Map.of("v", condition(ComparisonOperator.BETWEEN, "1")))));
    }
}
