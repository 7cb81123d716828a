package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;

/** Reads a KeySchema member (of a table or an index) and checks it against the attribute definitions. */
final class KeySchemaReader {

    private static final List<String> KEY_TYPES = List.of("HASH", "RANGE");

    /** One KeySchemaElement as given. */
    record Element(String attributeName, String keyType) {
    }

    private KeySchemaReader() {
    }

    /** {@code path}: where the member sits, e.g. "keySchema" or "globalSecondaryIndexes.1.member.keySchema". */
    static List<Element> read(JsonArray array, String path, Constraints constraints) {
        constraints.notNull(path, array);
        List<JsonRequest> elements = list(array);
        if (array != null) {
            constraints.size(path, elements, 1, 2, shown(elements));
        }
        List<Element> keys = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String member = path + "." + (i + 1) + ".member.";
            String attribute = elements.get(i).string("AttributeName");
            String keyType = elements.get(i).string("KeyType");
            constraints.notNull(member + "attributeName", attribute).length(member + "attributeName", attribute, 1, 255);
            constraints.notNull(member + "keyType", keyType).oneOf(member + "keyType", keyType, KEY_TYPES);
            keys.add(new Element(attribute, keyType));
        }
        return keys;
    }

    /** The schema, once its elements are known to be well-formed: HASH first, RANGE second, different names. */
    static KeySchema build(List<Element> keys, Map<String, KeyAttribute> definitions) {
        if (keys.size() == 2 && keys.get(0).attributeName().equals(keys.get(1).attributeName())) {
            throw DynamoDbError.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (!keys.get(0).keyType().equals("HASH")) {
            throw DynamoDbError.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (keys.size() == 2 && !keys.get(1).keyType().equals("RANGE")) {
            throw DynamoDbError.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        List<String> names = keys.stream().map(Element::attributeName).toList();
        if (!definitions.keySet().containsAll(names)) {
            throw DynamoDbError.invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + names + ", AttributeDefinitions: " + new ArrayList<>(definitions.keySet()));
        }
        KeyAttribute sort = keys.size() == 2 ? definitions.get(names.get(1)) : null;
        return new KeySchema(definitions.get(names.get(0)), sort);
    }

    static List<JsonRequest> list(JsonArray array) {
        List<JsonRequest> elements = new ArrayList<>();
        if (array != null) {
            for (JsonElement element : array) {
                elements.add(JsonRequest.of(element));
            }
        }
        return elements;
    }

    private static String shown(List<JsonRequest> elements) {
        List<String> shown = new ArrayList<>();
        for (JsonRequest element : elements) {
            shown.add("KeySchemaElement(attributeName=" + element.string("AttributeName") + ", keyType="
                    + element.string("KeyType") + ")");
        }
        return shown.toString();
    }
}
