package labrepl.cloud.dynamodb.expression;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** ConditionExpression through PutItem and DeleteItem: the grammar, the functions and DynamoDB's errors. */
@WithLocalCloud
class ConditionExpressionTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static String table;
    private static final Map<String, AttributeValue> KEY = item("pk", s("k"));
    private static final Map<String, AttributeValue> VALUES = Map.of(
            ":one", n("1"), ":two", n("2"), ":ten", n("10"), ":hello", s("hello"), ":he", s("he"),
            ":S", s("S"), ":x", s("x"), ":red", s("red"), ":list", AttributeValue.fromL(List.of(n("1"))));

    @BeforeAll
    static void start() {
        table = createTable(dynamodb, ScalarAttributeType.S, null);
    }

    @BeforeEach
    void storeTheItem() {
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("k"), "n", n("2"), "greeting", s("hello"),
                "tags", AttributeValue.fromSs(List.of("red", "blue")),
                "doc", AttributeValue.fromM(item("parts", AttributeValue.fromL(List.of(s("x"), n("5"))))))));
    }

    private static boolean holds(String condition) {
        try {
            dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("k"), "n", n("2"), "greeting", s("hello"),
                            "tags", AttributeValue.fromSs(List.of("red", "blue")),
                            "doc", AttributeValue.fromM(item("parts", AttributeValue.fromL(List.of(s("x"), n("5")))))))
                    .conditionExpression(condition).expressionAttributeValues(used(condition)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Only the placeholders the condition uses: DynamoDB refuses unused ones. */
    private static Map<String, AttributeValue> used(String condition) {
        Map<String, AttributeValue> used = new java.util.HashMap<>();
        VALUES.forEach((name, value) -> {
            if (condition.matches(".*" + name + "\\b.*")) {
                used.put(name, value);
            }
        });
        return used.isEmpty() ? null : used;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "n = :two | true", "n <> :two | false", "n < :ten | true", "n <= :two | true", "n > :one | true",
        "n >= :ten | false", "greeting > :he | true", "n = :hello | false", "absent <> :one | true", "absent = :one | false",
        "n BETWEEN :one AND :ten | true", "n between :two and :two | true", "greeting BETWEEN :one AND :ten | false",
        "n IN (:one, :two) | true", "n IN (:one, :ten) | false",
        "attribute_exists(n) | true", "attribute_not_exists(n) | false", "attribute_not_exists(absent) | true",
        "attribute_type(greeting, :S) | true", "begins_with(greeting, :he) | true", "begins_with(n, :he) | false",
        "contains(greeting, :he) | true", "contains(tags, :red) | true", "contains(doc.parts, :x) | true",
        "size(greeting) = :two | false", "size(tags) = :two | true", "size(doc.parts) > :one | true",
        "doc.parts[1] = :ten | false", "doc.parts[0] = :x | true", "attribute_exists(doc.parts[1]) | true",
        "attribute_exists(doc.parts[2]) | false",
        "n = :one OR n = :two AND greeting = :hello | true", "(n = :one OR n = :two) AND greeting = :x | false",
        "NOT n = :one | true", "NOT (n = :two OR n = :one) | false", "n = :one OR NOT n = :one AND n = :two | true",
        "(n) = :two | true", "(size(greeting)) > :one | true"
    })
    void conditionsEvaluateAsDynamoDbDoes(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @Test
    void aFailedConditionChangesNothingAndCanReturnTheItem() {
        ConditionalCheckFailedException failure = assertThrows(ConditionalCheckFailedException.class,
                () -> dynamodb.deleteItem(b -> b.tableName(table).key(KEY).conditionExpression("n = :ten")
                        .expressionAttributeValues(Map.of(":ten", n("10")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));

        assertEquals("The conditional request failed", failure.awsErrorDetails().errorMessage());
        assertEquals(s("hello"), failure.item().get("greeting"));
        assertTrue(dynamodb.getItem(b -> b.tableName(table).key(KEY)).hasItem());
    }

    @Test
    void attributeNotExistsGuardsAgainstOverwriting() {
        assertThrows(ConditionalCheckFailedException.class, () -> dynamodb.putItem(b -> b.tableName(table)
                .item(item("pk", s("k"))).conditionExpression("attribute_not_exists(pk)")));
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("new-one"))).conditionExpression("attribute_not_exists(pk)"));
        assertFalse(dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("new-one")))).item().isEmpty());
    }

    @Test
    void namePlaceholdersStandForReservedWords() {
        assertTrue(dynamodb.deleteItem(b -> b.tableName(table).key(KEY).conditionExpression("#size = :two")
                .expressionAttributeNames(Map.of("#size", "n")).expressionAttributeValues(Map.of(":two", n("2")))
                .returnValues("ALL_OLD")).hasAttributes());
    }

    private static void assertInvalid(String message, String condition, Map<String, String> names,
                                      Map<String, AttributeValue> values) {
        assertError(DynamoDbException.class, "1 validation error detected: " + message,
                () -> dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("k"))).conditionExpression(condition)
                        .expressionAttributeNames(names).expressionAttributeValues(values)));
        assertEquals(s("hello"), dynamodb.getItem(b -> b.tableName(table).key(KEY)).item().get("greeting"),
                "the item is unchanged");
    }

    @Test
    void syntaxErrorsNameTheTokenAndWhatIsNearIt() {
        assertInvalid("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"== :one\"",
                "n == :one", null, Map.of(":one", n("1")));
        assertInvalid("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"=\"", "n =", null, null);
        assertInvalid("Invalid ConditionExpression: Syntax error; token: \"_\", near: \"_n\"", "_n = :one", null,
                Map.of(":one", n("1")));
    }

    @Test
    void undefinedAndUnusedPlaceholdersAreRefused() {
        assertInvalid("Invalid ConditionExpression: An expression attribute value used in expression is not defined; "
                + "attribute value: :nope", "n = :nope", null, Map.of(":one", n("1")));
        assertInvalid("Invalid ConditionExpression: An expression attribute name used in the document path is not "
                + "defined; attribute name: #nope", "#nope = :one", Map.of("#n", "n"), Map.of(":one", n("1")));
        assertInvalid("Value provided in ExpressionAttributeValues unused in expressions: keys: {:two}",
                "n = :one", null, Map.of(":one", n("1"), ":two", n("2")));
        assertInvalid("Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}",
                "n = :one", Map.of("#unused", "x"), Map.of(":one", n("1")));
        assertInvalid("ExpressionAttributeValues contains invalid key: Syntax error; key: \"one\"",
                "n = :one", null, Map.of("one", n("1")));
    }

    @Test
    void reservedWordsMustBeWrittenAsPlaceholders() {
        assertInvalid("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name",
                "name = :one", null, Map.of(":one", n("1")));
        assertInvalid("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Status",
                "doc.Status = :one", null, Map.of(":one", n("1")));
    }

    @Test
    void functionsAreCheckedBeforeAnyItemIsRead() {
        assertInvalid("Invalid ConditionExpression: Invalid function name; function: exists",
                "exists(n)", null, null);
        assertInvalid("Invalid ConditionExpression: The function is not allowed to be used this way in an "
                + "expression; function: size", "size(n)", null, null);
        assertInvalid("Invalid ConditionExpression: Incorrect number of operands for operator or function; "
                + "operator or function: begins_with, number of operands: 1", "begins_with(greeting)", null, null);
        assertInvalid("Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: begins_with, operand type: N", "begins_with(greeting, :one)", null,
                Map.of(":one", n("1")));
        assertInvalid("Invalid ConditionExpression: Operator or function requires a document path; operator or "
                + "function: attribute_exists", "attribute_exists(:one)", null, Map.of(":one", n("1")));
        assertInvalid("Invalid ConditionExpression: Invalid attribute type name found; type: STRING, valid types: "
                + "{B,NULL,SS,BOOL,L,BS,N,NS,S,M}", "attribute_type(n, :t)", null, Map.of(":t", s("STRING")));
        assertInvalid("Invalid ConditionExpression: The first operand must be distinct from the remaining operands "
                + "for this operator or function; operator: =, first operand: [n]", "n = n", null, null);
        assertInvalid("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or "
                + "equal to lower bound; lower bound operand: AttributeValue: {N:10}, upper bound operand: "
                + "AttributeValue: {N:1}", "n BETWEEN :ten AND :one", null, Map.of(":ten", n("10"), ":one", n("1")));
        assertInvalid("Invalid ConditionExpression: The expression has redundant parentheses;",
                "((n = :one))", null, Map.of(":one", n("1")));
        assertInvalid("Invalid ConditionExpression: The expression can not be empty;", "", null, null);
    }

    @Test
    void getItemRefusesUnusedValuesWithoutTheEnvelope() {
        assertError(DynamoDbException.class, "Value provided in ExpressionAttributeNames unused in expressions: "
                + "keys: {#x}", () -> dynamodb.getItem(b -> b.tableName(table).key(KEY).projectionExpression("n")
                .expressionAttributeNames(Map.of("#x", "x"))));
    }
}
