package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

@WithLocalCloud
class ScanOperationTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    @Test
    void scanReturnsEveryItemWithCounts() {
        String table = createTable(dynamodb, ScalarAttributeType.S, null);
        for (String id : List.of("c", "a", "b")) {
            dynamodb.putItem(b -> b.tableName(table).item(item("pk", s(id))));
        }

        ScanResponse page = dynamodb.scan(b -> b.tableName(table));

        assertEquals(3, page.count());
        assertEquals(3, page.scannedCount());
        assertEquals(3, page.items().size());
        assertFalse(page.hasLastEvaluatedKey());
    }

    @Test
    void limitEndsAPageWithALastEvaluatedKeyEvenWhenNothingRemains() {
        String table = createTable(dynamodb, ScalarAttributeType.S, ScalarAttributeType.N);
        for (int i = 0; i < 5; i++) {
            int sort = i;
            dynamodb.putItem(b -> b.tableName(table).item(item("pk", s("p"), "sk", n(Integer.toString(sort)), "x", s("v"))));
        }

        List<Map<String, AttributeValue>> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamodb.scan(b -> b.tableName(table).limit(2).exclusiveStartKey(from));
            seen.addAll(page.items());
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            if (start != null) {
                assertEquals(2, start.size(), "a LastEvaluatedKey holds just the key");
            }
            pages++;
        } while (start != null);

        assertEquals(5, seen.size());
        assertEquals(List.of("0", "1", "2", "3", "4"), seen.stream().map(i -> i.get("sk").n()).toList());
        assertEquals(3, pages);
        assertTrue(dynamodb.scan(b -> b.tableName(table).limit(5)).hasLastEvaluatedKey());
        assertFalse(dynamodb.scan(b -> b.tableName(table).limit(6)).hasLastEvaluatedKey());
    }

    @Test
    void aPageStopsAtOneMegabyteOfItems() {
        String table = createTable(dynamodb, ScalarAttributeType.N, null);
        String hundredKilobytes = "x".repeat(100 * 1024);
        for (int i = 0; i < 15; i++) {
            int id = i;
            dynamodb.putItem(b -> b.tableName(table).item(item("pk", n(Integer.toString(id)), "data", s(hundredKilobytes))));
        }

        ScanResponse first = dynamodb.scan(b -> b.tableName(table));
        assertEquals(11, first.count(), "the page ends with the item that reaches 1 MB");
        assertTrue(first.hasLastEvaluatedKey());
        ScanResponse rest = dynamodb.scan(b -> b.tableName(table).exclusiveStartKey(first.lastEvaluatedKey()));
        assertEquals(4, rest.count());
        assertFalse(rest.hasLastEvaluatedKey());
        Set<String> ids = new HashSet<>();
        first.items().forEach(i -> ids.add(i.get("pk").n()));
        rest.items().forEach(i -> ids.add(i.get("pk").n()));
        assertEquals(15, ids.size());
    }

    @Test
    void scanChecksItsArguments() {
        String table = createTable(dynamodb, ScalarAttributeType.S, null);
        assertError(DynamoDbException.class, "1 validation error detected: Value '0' at 'limit' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 1",
                () -> dynamodb.scan(b -> b.tableName(table).limit(0)));
        assertError(DynamoDbException.class, "The provided starting key is invalid: The provided key element does not "
                + "match the schema", () -> dynamodb.scan(b -> b.tableName(table).exclusiveStartKey(item("pk", n("1")))));
        assertError(ResourceNotFoundException.class, "Requested resource not found",
                () -> dynamodb.scan(b -> b.tableName("Missing").exclusiveStartKey(item("x", n("1")))));
    }
}
