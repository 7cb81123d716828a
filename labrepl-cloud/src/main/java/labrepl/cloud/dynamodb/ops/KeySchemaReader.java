package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;

/** Reads a KeySchema member (of a table or an index) and checks it against the attribute definitions. */
final class KeySchemaReader {

    /** One KeySchemaElement as given. */
    record Element(String attributeName, String keyType) {
    }

    private KeySchemaReader() {
    }

    static List<Element> read(JsonArray array) {
        List<Element> keys = new ArrayList<>();
        for (JsonElement element : array) {
            var object = element.getAsJsonObject();
            keys.add(new Element(object.get("AttributeName").getAsString(), object.get("KeyType").getAsString()));
        }
        return keys;
    }

    /** Every key attribute is one of the attribute definitions. */
    static void checkDefined(List<Element> keys, List<String> definitions) {
        List<String> names = keys.stream().map(Element::attributeName).toList();
        if (!definitions.containsAll(names)) {
            throw DynamoDbError.invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + names + ", AttributeDefinitions: " + definitions);
        }
    }

    /** HASH first, RANGE second, two different attributes. */
    static void checkOrder(List<Element> keys) {
        if (keys.size() == 2 && keys.get(0).attributeName().equals(keys.get(1).attributeName())) {
            throw DynamoDbError.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (!keys.get(0).keyType().equals("HASH")) {
            throw DynamoDbError.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (keys.size() == 2 && !keys.get(1).keyType().equals("RANGE")) {
            throw DynamoDbError.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
    }

    /** The schema, once its elements are known to be well-formed and defined. */
    static KeySchema build(List<Element> keys, Map<String, KeyAttribute> definitions) {
        KeyAttribute sort = keys.size() == 2 ? definitions.get(keys.get(1).attributeName()) : null;
        return new KeySchema(definitions.get(keys.get(0).attributeName()), sort);
    }
}
