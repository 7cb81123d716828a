package labrepl.cloud.dynamodb.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests read against their shape: what the operations get to see. */
class ShapeReaderTest {

    private static final String ARN = "arn:aws:dynamodb:us-east-1:000000000000:table/";
    private final ShapeReader reader = new ShapeReader(ARN);

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void aRequestWithNothingToDropOrConvertIsReadAsItCame() {
        JsonObject body = json("{\"TableName\":\"Customers\",\"Item\":{\"ID\":{\"S\":\"a\"},\"tags\":{\"SS\":[\"x\",\"y\"]},"
                + "\"address\":{\"M\":{\"city\":{\"S\":\"Lyon\"}}},\"visits\":{\"L\":[{\"N\":\"1\"},{\"NULL\":true}]}}}");
        assertSame(body, reader.read(body, DynamoDbShapes.PUT_ITEM));
    }

    @Test
    void nullAndUndeclaredMembersAreDroppedAndTheRestKeptInTheShapesOrder() {
        JsonObject read = reader.read(json("{\"Item\":{\"ID\":{\"S\":\"a\"}},\"Bogus\":1,\"ReturnValues\":null,"
                + "\"TableName\":\"Customers\"}"), DynamoDbShapes.PUT_ITEM);
        assertEquals(List.of("TableName", "Item"), List.copyOf(read.keySet()));
        assertEquals(json("{\"ID\":{\"S\":\"a\"}}"), read.get("Item"));
    }

    @Test
    void anAttributeValueKeepsOnlyItsTypeMembersThatAreNotNull() {
        JsonObject read = reader.read(json("{\"TableName\":\"T\",\"Item\":{\"ID\":{\"S\":\"a\",\"X\":\"y\",\"N\":null},"
                + "\"gone\":null,\"m\":{\"M\":{\"inner\":{\"BOOL\":true,\"NULL\":null}}}}}"), DynamoDbShapes.PUT_ITEM);
        assertEquals(json("{\"ID\":{\"S\":\"a\"},\"m\":{\"M\":{\"inner\":{\"BOOL\":true}}}}"), read.get("Item"));
    }

    @Test
    void tableArnsBecomeNamesAndFractionalIntegersAreFloored() {
        JsonObject scan = reader.read(json("{\"TableName\":\"" + ARN + "Customers\",\"Limit\":2.7}"),
                DynamoDbShapes.SCAN);
        assertEquals(json("{\"Limit\":2,\"TableName\":\"Customers\"}"), scan);
        JsonObject batch = reader.read(json("{\"RequestItems\":{\"Orders\":{\"Keys\":[{\"ID\":{\"S\":\"1\"}}]},\"" + ARN
                + "Customers\":{\"Keys\":[{\"ID\":{\"S\":\"2\"}}]}}}"), DynamoDbShapes.BATCH_GET_ITEM);
        assertEquals(List.of("Orders", "Customers"), List.copyOf(batch.getAsJsonObject("RequestItems").keySet()));
    }

    @Test
    void aListElementReadDifferentlyIsCopiedWithTheElementsAroundIt() {
        JsonObject read = reader.read(json("{\"AttributeDefinitions\":[],\"TableName\":\"T\",\"KeySchema\":["
                + "{\"AttributeName\":\"a\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"b\",\"KeyType\":\"RANGE\",\"Bogus\":1},"
                + "{\"AttributeName\":\"c\",\"KeyType\":\"RANGE\"}]}"), DynamoDbShapes.CREATE_TABLE);
        assertEquals(JsonParser.parseString("[{\"AttributeName\":\"a\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"b\","
                + "\"KeyType\":\"RANGE\"},{\"AttributeName\":\"c\",\"KeyType\":\"RANGE\"}]"), read.get("KeySchema"));
    }
}
