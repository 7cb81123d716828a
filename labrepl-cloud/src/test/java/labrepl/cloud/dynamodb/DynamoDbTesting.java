package labrepl.cloud.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Small helpers the DynamoDB tests share: fresh table names, tables, items and error checks. */
public final class DynamoDbTesting {

    private static final AtomicInteger TABLES = new AtomicInteger();

    private DynamoDbTesting() {
    }

    public static String freshName(String prefix) {
        return prefix + "-" + TABLES.incrementAndGet();
    }

    /** An on-demand table with a partition key {@code pk} and, when {@code sortType} is given, a sort key {@code sk}. */
    public static String createTable(DynamoDbClient dynamodb, ScalarAttributeType partitionType,
                                     ScalarAttributeType sortType) {
        String name = freshName("t");
        dynamodb.createTable(b -> {
            b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (sortType == null) {
                b.keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(partitionType));
            } else {
                b.keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("sk").keyType(KeyType.RANGE))
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(partitionType),
                                a -> a.attributeName("sk").attributeType(sortType));
            }
        });
        return name;
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    /** An item from alternating names and values: {@code item("pk", s("a"), "n", n("1"))}. */
    public static Map<String, AttributeValue> item(Object... namesAndValues) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
        }
        return item;
    }

    /** Runs the call, expects DynamoDB's error of that class, and checks its exact message. */
    public static <T extends DynamoDbException> T assertError(Class<T> type, String message, Executable call) {
        T error = assertThrows(type, call);
        assertEquals(message, error.awsErrorDetails().errorMessage());
        assertEquals(400, error.statusCode());
        return error;
    }
}
