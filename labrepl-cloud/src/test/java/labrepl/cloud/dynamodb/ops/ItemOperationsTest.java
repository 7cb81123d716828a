package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@WithLocalCloud
class ItemOperationsTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    private static final String KEY_MISMATCH = "The provided key element does not match the schema";

    private static String hashTable;
    private static String rangeTable;

    @BeforeAll
    static void start() {
        hashTable = createTable(dynamodb, ScalarAttributeType.S, null);
        rangeTable = createTable(dynamodb, ScalarAttributeType.S, ScalarAttributeType.N);
    }

    private static Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        return dynamodb.getItem(b -> b.tableName(table).key(key)).item();
    }

    @Test
    void everyAttributeTypeRoundTrips() {
        Map<String, AttributeValue> stored = item(
                "pk", s("all-types"),
                "s", s("héllo ✓"),
                "n", n("-12.5"),
                "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 0xFF})),
                "bool", AttributeValue.fromBool(true),
                "null", AttributeValue.fromNul(true),
                "m", AttributeValue.fromM(item("inner", s("x"), "deeper", AttributeValue.fromM(item("n", n("1"))))),
                "l", AttributeValue.fromL(List.of(s("a"), n("2"), AttributeValue.fromL(List.of()))),
                "ss", AttributeValue.fromSs(List.of("x", "y")),
                "ns", AttributeValue.fromNs(List.of("1", "2.5")),
                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("a"), SdkBytes.fromUtf8String("b"))),
                "emptyString", s(""),
                "emptyMap", AttributeValue.fromM(Map.of()));
        dynamodb.putItem(b -> b.tableName(hashTable).item(stored));

        assertEquals(stored, get(hashTable, item("pk", s("all-types"))));
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource({
        "1.50, 1.5", "100.000, 100", "-0, 0", "+3, 3", "007, 7", ".5, 0.5", "-.5, -0.5", "1e-3, 0.001",
        "1E+3, 1000", "-3e2, -300", "0.0e3, 0",
        "12345678901234567890123456789012345678, 12345678901234567890123456789012345678",
        "0.12345678901234567890123456789012345678, 0.12345678901234567890123456789012345678"
    })
    void numbersAreNormalisedAsDynamoDbDoesWithoutLoss(String given, String stored) {
        dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("number"), "n", n(given))));

        assertEquals(stored, get(hashTable, item("pk", s("number"))).get("n").n());
    }

    @Test
    void theLargestNumberKeepsAllThirtyEightDigits() {
        dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("largest"),
                "n", n("9.9999999999999999999999999999999999999E+125"))));

        assertEquals("9".repeat(38) + "0".repeat(88), get(hashTable, item("pk", s("largest"))).get("n").n());
    }

    @Test
    void numericKeysAreFoundByValue() {
        String table = createTable(dynamodb, ScalarAttributeType.N, null);
        dynamodb.putItem(b -> b.tableName(table).item(item("pk", n("1e3"))));

        assertEquals(item("pk", n("1000")), get(table, item("pk", n("1000.00"))));
    }

    @Test
    void putItemReplacesTheWholeItemAndReturnsTheOldOneWhenAsked() {
        dynamodb.putItem(b -> b.tableName(rangeTable).item(item("pk", s("a"), "sk", n("1"), "old", s("x"))));

        Map<String, AttributeValue> old = dynamodb.putItem(b -> b.tableName(rangeTable)
                .item(item("pk", s("a"), "sk", n("1"), "new", s("y"))).returnValues(ReturnValue.ALL_OLD)).attributes();

        assertEquals(item("pk", s("a"), "sk", n("1"), "old", s("x")), old);
        assertEquals(item("pk", s("a"), "sk", n("1"), "new", s("y")), get(rangeTable, item("pk", s("a"), "sk", n("1"))));
        assertFalse(dynamodb.putItem(b -> b.tableName(rangeTable).item(item("pk", s("fresh"), "sk", n("1")))
                .returnValues(ReturnValue.ALL_OLD)).hasAttributes(), "no old item, no Attributes");
    }

    @Test
    void getItemOfAMissingItemHasNoItem() {
        assertFalse(dynamodb.getItem(b -> b.tableName(hashTable).key(item("pk", s("nobody")))).hasItem());
    }

    @Test
    void deleteItemRemovesTheItemAndReturnsItWhenAsked() {
        dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("doomed"), "v", n("1"))));

        Map<String, AttributeValue> old = dynamodb.deleteItem(b -> b.tableName(hashTable)
                .key(item("pk", s("doomed"))).returnValues(ReturnValue.ALL_OLD)).attributes();

        assertEquals(item("pk", s("doomed"), "v", n("1")), old);
        assertFalse(dynamodb.getItem(b -> b.tableName(hashTable).key(item("pk", s("doomed")))).hasItem());
        assertFalse(dynamodb.deleteItem(b -> b.tableName(hashTable).key(item("pk", s("doomed")))
                .returnValues(ReturnValue.ALL_OLD)).hasAttributes());
    }

    @Test
    void itemOperationsOnAMissingTableAreResourceNotFound() {
        assertError(ResourceNotFoundException.class, "Requested resource not found",
                () -> dynamodb.putItem(b -> b.tableName("Missing").item(item("pk", s("a")))));
        assertError(ResourceNotFoundException.class, "Requested resource not found",
                () -> dynamodb.getItem(b -> b.tableName("Missing").key(item("pk", s("a")))));
        assertError(ResourceNotFoundException.class, "Requested resource not found",
                () -> dynamodb.deleteItem(b -> b.tableName("Missing").key(item("pk", s("a")))));
    }

    @Test
    void putItemNamesAMissingKeyAttribute() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Missing the key sk in the item",
                () -> dynamodb.putItem(b -> b.tableName(rangeTable).item(item("pk", s("a")))));
    }

    @Test
    void putItemNamesAKeyOfTheWrongType() {
        assertError(DynamoDbException.class,
                "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", n("1")))));
    }

    @Test
    void emptyStringKeysAreRefusedWithEachOperationsWording() {
        assertError(DynamoDbException.class, "One or more parameter values are not valid. The AttributeValue for a "
                        + "key attribute cannot contain an empty string value. Key: pk",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("")))));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: The AttributeValue for a "
                        + "key attribute cannot contain an empty string value. Key: pk",
                () -> dynamodb.getItem(b -> b.tableName(hashTable).key(item("pk", s("")))));
    }

    @Test
    void keysThatDoNotMatchTheSchemaAreRefused() {
        assertError(DynamoDbException.class, KEY_MISMATCH,
                () -> dynamodb.getItem(b -> b.tableName(hashTable).key(item("pk", n("1")))));
        assertError(DynamoDbException.class, KEY_MISMATCH,
                () -> dynamodb.getItem(b -> b.tableName(hashTable).key(item("other", s("1")))));
        assertError(DynamoDbException.class, KEY_MISMATCH,
                () -> dynamodb.getItem(b -> b.tableName(rangeTable).key(item("pk", s("1")))));
        assertError(DynamoDbException.class, KEY_MISMATCH,
                () -> dynamodb.deleteItem(b -> b.tableName(hashTable).key(item("pk", s("1"), "extra", s("2")))));
    }

    @Test
    void itemsOverFourHundredKilobytesAreRefusedAndTheLimitItselfIsAccepted() {
        // "pk" + "at-limit" + "data" + value = 409600 bytes exactly
        String fits = "x".repeat(409600 - "pk".length() - "at-limit".length() - "data".length());
        dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("at-limit"), "data", s(fits))));
        assertTrue(get(hashTable, item("pk", s("at-limit"))).containsKey("data"));

        assertError(DynamoDbException.class, "Item size has exceeded the maximum allowed size",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("at-limit"), "data", s(fits + "y")))));
    }

    @Test
    void oversizedKeysAreRefused() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Size of hashkey has exceeded "
                + "the maximum size limit of2048 bytes",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("k".repeat(2049))))));
    }

    @Test
    void invalidAttributeValuesAreRefused() {
        assertError(DynamoDbException.class, "The parameter cannot be converted to a numeric value: abc",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("a"), "n", n("abc")))));
        assertError(DynamoDbException.class, "Attempting to store more than 38 significant digits in a Number",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("a"), "n", n("1".repeat(39))))));
        assertError(DynamoDbException.class, "Number overflow. Attempting to store a number with magnitude larger "
                + "than supported range",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("a"), "n", n("1e126")))));
        assertError(DynamoDbException.class, "1 validation error detected: One or more parameter values were "
                + "invalid: An string set  may not be empty",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("a"), "ss",
                        AttributeValue.fromSs(List.of())))));
        assertError(DynamoDbException.class, "1 validation error detected: One or more parameter values were "
                + "invalid: Input collection [a, a] contains duplicates.",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("a"), "ss",
                        AttributeValue.fromSs(List.of("a", "a"))))));
        assertError(DynamoDbException.class, "1 validation error detected: ReturnValues can only be ALL_OLD or NONE",
                () -> dynamodb.putItem(b -> b.tableName(hashTable).item(item("pk", s("a")))
                        .returnValues(ReturnValue.ALL_NEW)));
    }
}
