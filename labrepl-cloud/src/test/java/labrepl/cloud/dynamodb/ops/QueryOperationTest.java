package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

@WithLocalCloud
class QueryOperationTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static final List<String> NUMBERS = List.of("-10", "-2.5", "0", "1", "2", "10", "100");

    private static String numbers;
    private static String strings;

    @BeforeAll
    static void start() {
        numbers = createTable(dynamodb, ScalarAttributeType.S, ScalarAttributeType.N);
        for (String number : NUMBERS) {
            dynamodb.putItem(b -> b.tableName(numbers).item(item("pk", s("p"), "sk", n(number), "v", n(number))));
            dynamodb.putItem(b -> b.tableName(numbers).item(item("pk", s("other"), "sk", n(number))));
        }
        strings = createTable(dynamodb, ScalarAttributeType.S, ScalarAttributeType.S);
        for (String text : List.of("b", "a", "ab", "B", "é", "z", "aa")) {
            dynamodb.putItem(b -> b.tableName(strings).item(item("pk", s("p"), "sk", s(text))));
        }
    }

    private static List<String> sortKeys(QueryResponse response) {
        return response.items().stream().map(i -> i.get("sk").n() != null ? i.get("sk").n() : i.get("sk").s()).toList();
    }

    private static QueryResponse query(String table, String condition, Map<String, AttributeValue> values) {
        return dynamodb.query(b -> b.tableName(table).keyConditionExpression(condition).expressionAttributeValues(values));
    }

    @Test
    void numbersSortNumericallyAndStringsBytewise() {
        assertEquals(NUMBERS, sortKeys(query(numbers, "pk = :p", Map.of(":p", s("p")))));
        assertEquals(List.of("B", "a", "aa", "ab", "b", "z", "é"), sortKeys(query(strings, "pk = :p", Map.of(":p", s("p")))));
    }

    @Test
    void scanIndexForwardFalseReadsBackwards() {
        QueryResponse response = dynamodb.query(b -> b.tableName(numbers).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).scanIndexForward(false));
        assertEquals(List.of("100", "10", "2", "1", "0", "-2.5", "-10"), sortKeys(response));
    }

    @Test
    void sortKeyConditionsNarrowThePartition() {
        assertEquals(List.of("0", "1", "2"), sortKeys(query(numbers, "pk = :p AND sk BETWEEN :lo AND :hi",
                Map.of(":p", s("p"), ":lo", n("0"), ":hi", n("2")))));
        assertEquals(List.of("-10", "-2.5"), sortKeys(query(numbers, "pk = :p AND sk < :zero",
                Map.of(":p", s("p"), ":zero", n("0")))));
        assertEquals(List.of("10", "100"), sortKeys(query(numbers, ":ten <= sk AND pk = :p",
                Map.of(":p", s("p"), ":ten", n("10")))));
        assertEquals(List.of("1"), sortKeys(query(numbers, "pk = :p AND sk = :one", Map.of(":p", s("p"), ":one", n("1")))));
        assertEquals(List.of("a", "aa", "ab"), sortKeys(query(strings, "pk = :p AND begins_with(sk, :a)",
                Map.of(":p", s("p"), ":a", s("a")))));
        assertEquals(List.of("z", "é"), sortKeys(query(strings, "pk = :p AND sk > :b",
                Map.of(":p", s("p"), ":b", s("b")))));
    }

    @Test
    void pagesResumeAfterTheLastEvaluatedKeyInBothDirections() {
        for (boolean forward : new boolean[] {true, false}) {
            List<String> seen = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = dynamodb.query(b -> b.tableName(numbers).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("p"))).limit(3).scanIndexForward(forward)
                        .exclusiveStartKey(from));
                seen.addAll(sortKeys(page));
                start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            } while (start != null);
            List<String> expected = new ArrayList<>(NUMBERS);
            if (!forward) {
                java.util.Collections.reverse(expected);
            }
            assertEquals(expected, seen);
        }
    }

    @Test
    void filtersProjectionsAndCountsApplyAfterTheKeyCondition() {
        QueryResponse filtered = dynamodb.query(b -> b.tableName(numbers).keyConditionExpression("pk = :p")
                .filterExpression("v > :zero").projectionExpression("v")
                .expressionAttributeValues(Map.of(":p", s("p"), ":zero", n("0"))));
        assertEquals(4, filtered.count());
        assertEquals(7, filtered.scannedCount());
        assertEquals(Map.of("v", n("1")), filtered.items().get(0));

        QueryResponse counted = dynamodb.query(b -> b.tableName(numbers).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).select(Select.COUNT));
        assertEquals(7, counted.count());
        assertFalse(counted.hasItems());
    }

    @Test
    void keyConditionsAreCheckedAgainstTheSchema() {
        assertError(DynamoDbException.class, "Query condition missed key schema element: pk",
                () -> query(numbers, "sk = :one", Map.of(":one", n("1"))));
        assertError(DynamoDbException.class, "Query key condition not supported",
                () -> query(numbers, "pk > :p", Map.of(":p", s("p"))));
        assertError(DynamoDbException.class, "Invalid operator used in KeyConditionExpression: OR",
                () -> query(numbers, "pk = :p OR sk = :one", Map.of(":p", s("p"), ":one", n("1"))));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Condition parameter type "
                + "does not match schema type", () -> query(numbers, "pk = :one", Map.of(":one", n("1"))));
        assertError(DynamoDbException.class, "Filter Expression can only contain non-primary key attributes: Primary "
                + "key attribute: sk", () -> dynamodb.query(b -> b.tableName(numbers).keyConditionExpression("pk = :p")
                .filterExpression("sk > :one").expressionAttributeValues(Map.of(":p", s("p"), ":one", n("1")))));
        assertError(DynamoDbException.class, "Either the KeyConditions or KeyConditionExpression parameter must be "
                + "specified in the request.", () -> dynamodb.query(b -> b.tableName(numbers)));
        assertError(DynamoDbException.class, "The provided starting key is outside query boundaries based on provided "
                + "conditions", () -> dynamodb.query(b -> b.tableName(numbers).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).exclusiveStartKey(item("pk", s("other"), "sk", n("1")))));
    }

    @Test
    void aMissingPartitionHasNoItemsAndNoLastKey() {
        QueryResponse response = query(numbers, "pk = :p", Map.of(":p", s("nobody")));
        assertEquals(0, response.count());
        assertNull(response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null);
        assertTrue(response.items().isEmpty());
    }
}
