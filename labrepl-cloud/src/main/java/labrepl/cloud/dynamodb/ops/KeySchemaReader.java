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

    /** A global index's key has up to four partition and four sort attributes. */
    private static final int MAX_ATTRIBUTES_PER_ROLE = 4;

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

    /** A table's or local index's key: HASH first, RANGE second, two different attributes. */
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

    /**
     * A global index's key: one to four HASH attributes, then up to four RANGE attributes, all
     * different (multi-attribute keys); with two elements, the rules of a table's key.
     */
    static void checkGlobalOrder(List<Element> keys) {
        if (keys.size() == 2 && keys.get(0).attributeName().equals(keys.get(1).attributeName())) {
            throw DynamoDbError.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (!keys.get(0).keyType().equals("HASH")) {
            throw DynamoDbError.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        boolean sorting = false;
        for (Element key : keys) {
            sorting |= key.keyType().equals("RANGE");
            if (sorting && key.keyType().equals("HASH")) {
                throw DynamoDbError.invalidParameter("All HASH key attributes must precede RANGE key attributes in the"
                        + " KeySchema");
            }
        }
        for (String type : List.of("HASH", "RANGE")) {
            if (keys.stream().filter(key -> key.keyType().equals(type)).count() > MAX_ATTRIBUTES_PER_ROLE) {
                throw DynamoDbError.invalidParameter("The KeySchema exceeds the maximum allowed number of " + type
                        + " key attributes");
            }
        }
        if (keys.stream().map(Element::attributeName).distinct().count() != keys.size()) {
            throw DynamoDbError.validation("The KeySchema contains multiple key attributes with the same name");
        }
    }

    /** The schema, once its elements are known to be well-formed and defined. */
    static KeySchema build(List<Element> keys, Map<String, KeyAttribute> definitions) {
        List<KeyAttribute> partition = new ArrayList<>();
        List<KeyAttribute> sort = new ArrayList<>();
        for (Element key : keys) {
            (key.keyType().equals("HASH") ? partition : sort).add(definitions.get(key.attributeName()));
        }
        return new KeySchema(partition, sort, true);
    }
}
