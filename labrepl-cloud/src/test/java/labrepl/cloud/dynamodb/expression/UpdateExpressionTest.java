package labrepl.cloud.dynamodb.expression;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** UpdateItem's UpdateExpression: SET, REMOVE, ADD, DELETE, functions, paths, ReturnValues and errors. */
@WithLocalCloud
class UpdateExpressionTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static String table;
    private static final Map<String, AttributeValue> KEY = item("pk", s("k"));

    @BeforeAll
    static void start() {
        table = createTable(dynamodb, ScalarAttributeType.S, null);
    }

    @BeforeEach
    void storeTheItem() {
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("k"), "n", n("2"),
                "colours", AttributeValue.fromSs(List.of("red", "blue")),
                "doc", AttributeValue.fromM(item("parts", AttributeValue.fromL(List.of(s("a"), s("b"), s("c"))))))));
    }

    private static UpdateItemResponse update(String expression, Map<String, AttributeValue> values, ReturnValue returns) {
        return dynamodb.updateItem(b -> b.tableName(table).key(KEY).updateExpression(expression)
                .expressionAttributeValues(values).returnValues(returns));
    }

    private static Map<String, AttributeValue> stored() {
        return dynamodb.getItem(b -> b.tableName(table).key(KEY)).item();
    }

    @Test
    void setWritesValuesArithmeticAndFunctions() {
        update("SET n = n + :one, m = :one - n, fallback = if_not_exists(absent, :one), n2 = if_not_exists(n, :one), "
                + "doc.parts = list_append(doc.parts, :more), doc.added = :one",
                Map.of(":one", n("1"), ":more", AttributeValue.fromL(List.of(s("d")))), ReturnValue.NONE);

        Map<String, AttributeValue> item = stored();
        assertEquals(n("3"), item.get("n"));
        assertEquals(n("-1"), item.get("m"), "every operand reads the item as it was before the update");
        assertEquals(n("1"), item.get("fallback"));
        assertEquals(n("2"), item.get("n2"));
        assertEquals(List.of(s("a"), s("b"), s("c"), s("d")), item.get("doc").m().get("parts").l());
        assertEquals(n("1"), item.get("doc").m().get("added"));
    }

    @Test
    void removeDropsAttributesAndListElements() {
        update("REMOVE n, doc.parts[0], doc.parts[2], nothing.here", null, ReturnValue.NONE);

        Map<String, AttributeValue> item = stored();
        assertFalse(item.containsKey("n"));
        assertEquals(List.of(s("b")), item.get("doc").m().get("parts").l());
    }

    @Test
    void addAndDeleteWorkOnNumbersAndSets() {
        update("ADD n :five, colours :green, fresh :five",
                Map.of(":five", n("5"), ":green", AttributeValue.fromSs(List.of("green"))), ReturnValue.NONE);
        update("DELETE colours :red", Map.of(":red", AttributeValue.fromSs(List.of("red"))), ReturnValue.NONE);

        Map<String, AttributeValue> item = stored();
        assertEquals(n("7"), item.get("n"));
        assertEquals(n("5"), item.get("fresh"));
        assertEquals(new java.util.HashSet<>(List.of("blue", "green")), new java.util.HashSet<>(item.get("colours").ss()));
        update("DELETE colours :all", Map.of(":all", AttributeValue.fromSs(List.of("blue", "green"))), ReturnValue.NONE);
        assertFalse(stored().containsKey("colours"), "an emptied set is removed");
    }

    @Test
    void updatingAMissingItemCreatesItFromItsKey() {
        dynamodb.updateItem(b -> b.tableName(table).key(item("pk", s("fresh"))).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", s("x"))));

        assertEquals(item("pk", s("fresh"), "v", s("x")),
                dynamodb.getItem(b -> b.tableName(table).key(item("pk", s("fresh")))).item());
    }

    @Test
    void returnValuesShowTheItemOrTheUpdatedAttributesBeforeOrAfter() {
        Map<String, AttributeValue> one = Map.of(":one", n("1"));
        assertEquals(item("n", n("2")), update("SET n = n + :one", one, ReturnValue.UPDATED_OLD).attributes());
        assertEquals(item("n", n("4")), update("SET n = n + :one", one, ReturnValue.UPDATED_NEW).attributes());
        assertEquals(n("4"), update("SET n = n + :one", one, ReturnValue.ALL_OLD).attributes().get("n"));
        assertEquals(n("6"), update("SET n = n + :one", one, ReturnValue.ALL_NEW).attributes().get("n"));
        assertEquals(Map.of("doc", AttributeValue.fromM(item("parts", AttributeValue.fromL(List.of(s("b")))))),
                update("SET doc.parts[1] = :one", one, ReturnValue.UPDATED_OLD).attributes(),
                "a nested update returns just the nested path");
    }

    private static void assertInvalid(String message, String expression, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> before = stored();
        assertError(DynamoDbException.class, message, () -> update(expression, values, ReturnValue.NONE));
        assertEquals(before, stored(), "the item is unchanged");
    }

    @Test
    void mistakesAreRefusedAndLeaveTheItemUnchanged() {
        Map<String, AttributeValue> one = new HashMap<>(Map.of(":one", n("1")));
        assertInvalid("1 validation error detected: Invalid UpdateExpression: Syntax error; token: \"_\", near: "
                + "\"SET _123\"", "SET _123 = :one", one);
        assertInvalid("1 validation error detected: Invalid UpdateExpression: Two document paths overlap with each "
                + "other; must remove or rewrite one of these paths; path one: [n], path two: [n]", "SET n = :one REMOVE n", one);
        assertInvalid("1 validation error detected: Invalid UpdateExpression: Two document paths conflict with each "
                + "other; must remove or rewrite one of these paths; path one: [doc, parts], path two: [doc, [0]]",
                "SET doc.parts = :one, doc[0] = :one", one);
        assertInvalid("1 validation error detected: Invalid UpdateExpression: The \"SET\" section can only be used "
                + "once in an update expression;", "SET n = :one SET m = :one", one);
        assertInvalid("1 validation error detected: Invalid UpdateExpression: Incorrect operand type for operator or "
                + "function; operator: ADD, operand type: STRING", "ADD n :s", Map.of(":s", s("x")));
        assertInvalid("1 validation error detected: Invalid UpdateExpression: Incorrect operand type for operator or "
                + "function; operator or function: list_append, operand type: S", "SET l = list_append(:s, :s)",
                Map.of(":s", s("x")));
        assertInvalid("1 validation error detected: Invalid UpdateExpression: Invalid function name; function: "
                + "attribute_exists", "SET n = attribute_exists(n)", null);
        assertInvalid("1 validation error detected: Invalid UpdateExpression: The expression can not be empty;", "", null);
        assertInvalid("One or more parameter values were invalid: Cannot update attribute pk. This attribute is part "
                + "of the key", "SET pk = :one", one);
        assertInvalid("An operand in the update expression has an incorrect data type", "SET n = colours + :one", one);
        assertInvalid("The provided expression refers to an attribute that does not exist in the item",
                "SET n = absent + :one", one);
        assertInvalid("The document path provided in the update expression is invalid for update",
                "SET absent.deeper = :one", one);
    }
}
