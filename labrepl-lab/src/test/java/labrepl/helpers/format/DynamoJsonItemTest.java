package labrepl.helpers.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoJsonItemTest {

    private static String error(String json) {
        return assertThrows(IllegalArgumentException.class, () -> DynamoJsonItem.parse(json)).getMessage();
    }

    @Test
    void everyTypeIsRead() {
        Map<String, AttributeValue> item = DynamoJsonItem.parse("{\"s\": {\"S\": \"x\"}, \"n\": {\"N\": \"12.50\"},"
                + " \"b\": {\"B\": \"AAEC\"}, \"t\": {\"BOOL\": true}, \"z\": {\"NULL\": true},"
                + " \"m\": {\"M\": {\"k\": {\"S\": \"v\"}}}, \"l\": {\"L\": [{\"N\": \"1\"}]},"
                + " \"ss\": {\"SS\": [\"a\"]}, \"ns\": {\"NS\": [\"2\"]}, \"bs\": {\"BS\": [\"AQ==\"]}}");
        assertEquals(AttributeValue.fromS("x"), item.get("s"));
        assertEquals(AttributeValue.fromN("12.50"), item.get("n"));
        assertEquals(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, 2})), item.get("b"));
        assertEquals(AttributeValue.fromBool(true), item.get("t"));
        assertEquals(AttributeValue.fromNul(true), item.get("z"));
        assertEquals(AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))), item.get("m"));
        assertEquals(AttributeValue.fromL(List.of(AttributeValue.fromN("1"))), item.get("l"));
        assertEquals(AttributeValue.fromSs(List.of("a")), item.get("ss"));
        assertEquals(AttributeValue.fromNs(List.of("2")), item.get("ns"));
        assertEquals(AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {1}))), item.get("bs"));
        assertEquals(List.of("s", "n", "b", "t", "z", "m", "l", "ss", "ns", "bs"), List.copyOf(item.keySet()));
    }

    @Test
    void anUnknownTypeNamesTheAttributeAndTheTypes() {
        assertEquals("ID: unknown type \"STRING\"; the types are S, N, B, BOOL, NULL, M, L, SS, NS, BS",
                error("{\"ID\": {\"STRING\": \"x\"}}"));
    }

    @Test
    void aPlainValueInsteadOfATypedOneIsExplained() {
        assertEquals("firstname: a value is an object with one type, like {\"S\": \"text\"} or {\"N\": \"42\"};"
                + " found the string \"Manu\"", error("{\"firstname\": \"Manu\"}"));
    }

    @Test
    void nestedMistakesGiveTheirPath() {
        assertEquals("address.city: S takes a string; found the number 7",
                error("{\"address\": {\"M\": {\"city\": {\"S\": 7}}}}"));
        assertEquals("tags[1]: N takes a string; found true", error("{\"tags\": {\"L\": [{\"N\": \"1\"}, {\"N\": true}]}}"));
        assertEquals("scores[0]: \"ten\" is not a number", error("{\"scores\": {\"NS\": [\"ten\"]}}"));
    }

    @Test
    void numbersMustBeStringsAsInDynamoDbJson() {
        assertEquals("age: DynamoDB JSON writes numbers as strings, as in {\"N\": \"41\"}",
                error("{\"age\": {\"N\": 41}}"));
    }

    @Test
    void malformedJsonSaysWhere() {
        String message = error("{\"ID\": {\"S\": \"x\"}");
        assertTrue(message.startsWith("Not valid JSON: "), message);
        assertTrue(message.contains("line 1"), message);
    }

    @Test
    void anItemMustBeAnObject() {
        assertEquals("An item is a JSON object of attributes, like {\"ID\": {\"S\": \"ABC123\"}}; this is a list",
                error("[1]"));
    }
}
