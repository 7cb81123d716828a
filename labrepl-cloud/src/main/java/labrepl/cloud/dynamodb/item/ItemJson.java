package labrepl.cloud.dynamodb.item;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonText;

/**
 * DynamoDB JSON ({@code {"ID": {"S": "ABC123"}}}) to {@link Value}s and back, with
 * DynamoDB's validation of each value: exactly one type, sets non-empty and without
 * duplicates, numbers within DynamoDB's limits, NULL only as {@code true}.
 */
public final class ItemJson {

    /** An attribute is level 1; values inside maps and lists one level deeper each, down to 32. */
    private static final int MAX_LEVELS = 32;
    private static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "M", "L", "SS", "NS", "BS");

    private ItemJson() {
    }

    /** An item or key: attribute names to values, in the order given. */
    public static Map<String, Value> readItem(JsonObject json) {
        return readMap(json, 1);
    }

    /** {@code level}: how deep the map's values sit, an item's attributes being at level 1. */
    private static Map<String, Value> readMap(JsonObject json, int level) {
        Map<String, Value> item = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> attribute : json.entrySet()) {
            item.put(attribute.getKey(), readValue(attribute.getValue(), level));
        }
        return item;
    }

    /** An item stored by {@link #writeItem}: trusted, so read without the checks of the wire. */
    public static Map<String, Value> readStored(String json) {
        return readItem(JsonParser.parseString(json).getAsJsonObject());
    }

    /**
     * One value, checked as DynamoDB checks it: each type member in the order given (numbers, NULL
     * being true, sets non-empty and without duplicates, maps and lists member by member), then
     * that there is exactly one.
     */
    public static Value readValue(JsonElement json) {
        return readValue(json, 1);
    }

    private static Value readValue(JsonElement json, int level) {
        if (level > MAX_LEVELS) {
            throw DynamoDbError.validation("Nesting Levels have exceeded supported limits: Attributes in the item have "
                    + "nested levels beyond supported limit");
        }
        if (json == null || !json.isJsonObject()) {
            throw DynamoDbError.serialization("Unexpected value type in payload");
        }
        JsonObject object = json.getAsJsonObject();
        Value value = null;
        int types = 0;
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            if (TYPES.contains(member.getKey()) && !member.getValue().isJsonNull()) {
                value = readTyped(member.getKey(), member.getValue(), level);
                types++;
            }
        }
        if (types == 0) {
            throw DynamoDbError.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (types > 1) {
            throw DynamoDbError.validation("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        return value;
    }

    private static Value readTyped(String type, JsonElement json, int level) {
        return switch (type) {
            case "S" -> new Value.S(string(json));
            case "N" -> new Value.N(DynamoNumber.normalise(string(json)));
            case "B" -> new Value.B(binary(json));
            case "BOOL" -> new Value.Bool(bool(json));
            case "NULL" -> {
                if (!bool(json)) {
                    throw DynamoDbError.invalidParameter("Null attribute value types must have the value of true");
                }
                yield new Value.Null();
            }
            case "M" -> new Value.M(readMap(object(json), level + 1));
            case "L" -> {
                List<Value> list = new ArrayList<>();
                array(json).forEach(element -> list.add(readValue(element, level + 1)));
                yield new Value.L(list);
            }
            case "SS" -> {
                List<String> members = set(json, "An string set  may not be empty", ItemJson::string);
                checkDistinct(members, "One or more parameter values were invalid: Input collection " + members
                        + " contains duplicates.");
                yield new Value.SS(members);
            }
            case "NS" -> {
                List<String> members = set(json, "An number set  may not be empty",
                        e -> DynamoNumber.normalise(string(e)));
                checkDistinct(members, "Input collection contains duplicates");
                yield new Value.NS(members);
            }
            case "BS" -> {
                List<String> members = set(json, "Binary sets should not be empty",
                        e -> Base64.getEncoder().encodeToString(binary(e)));
                checkDistinct(members, "One or more parameter values were invalid: Input collection " + members
                        + "of type BS contains duplicates.");
                yield new Value.BS(members.stream().map(Base64.getDecoder()::decode).toList());
            }
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static <T> List<T> set(JsonElement json, String emptyMessage, Function<JsonElement, T> read) {
        JsonArray array = array(json);
        if (array.isEmpty()) {
            throw DynamoDbError.invalidParameter(emptyMessage);
        }
        List<T> members = new ArrayList<>();
        for (JsonElement element : array) {
            if (element.isJsonNull()) {
                // Not seen from DynamoDB itself (no reference quotes its answer): worded like its other set errors.
                throw DynamoDbError.invalidParameter("A set may not contain null members");
            }
            members.add(read.apply(element));
        }
        return members;
    }

    private static void checkDistinct(List<String> members, String message) {
        if (new HashSet<>(members).size() != members.size()) {
            throw DynamoDbError.validation(message);
        }
    }

    /** Requests reach here deserialized against their shape; a stored item is trusted. */
    private static String string(JsonElement json) {
        return json.getAsString();
    }

    private static byte[] binary(JsonElement json) {
        return Base64.getDecoder().decode(json.getAsString());
    }

    private static boolean bool(JsonElement json) {
        return json.getAsBoolean();
    }

    private static JsonObject object(JsonElement json) {
        return json.getAsJsonObject();
    }

    private static JsonArray array(JsonElement json) {
        return json.getAsJsonArray();
    }

    /** The item as DynamoDB JSON text, attributes in their order. */
    public static String writeItem(Map<String, Value> item) {
        JsonText out = new JsonText();
        writeItem(out, item);
        return out.toString();
    }

    public static void writeItem(JsonText out, Map<String, Value> item) {
        out.beginObject();
        item.forEach((name, value) -> writeValue(out.name(name), value));
        out.endObject();
    }

    public static void writeValue(JsonText out, Value value) {
        out.beginObject().name(value.type());
        if (value instanceof Value.S s) {
            out.value(s.value());
        } else if (value instanceof Value.N n) {
            out.value(n.value());
        } else if (value instanceof Value.B b) {
            out.value(Base64.getEncoder().encodeToString(b.value()));
        } else if (value instanceof Value.Bool bool) {
            out.value(bool.value());
        } else if (value instanceof Value.Null) {
            out.value(true);
        } else if (value instanceof Value.M m) {
            writeItem(out, m.value());
        } else if (value instanceof Value.L l) {
            out.beginArray();
            l.value().forEach(element -> writeValue(out, element));
            out.endArray();
        } else if (value instanceof Value.SS ss) {
            writeStrings(out, ss.value());
        } else if (value instanceof Value.NS ns) {
            writeStrings(out, ns.value());
        } else if (value instanceof Value.BS bs) {
            writeStrings(out, bs.value().stream().map(Base64.getEncoder()::encodeToString).toList());
        }
        out.endObject();
    }

    private static void writeStrings(JsonText out, List<String> values) {
        out.beginArray();
        values.forEach(out::value);
        out.endArray();
    }
}
