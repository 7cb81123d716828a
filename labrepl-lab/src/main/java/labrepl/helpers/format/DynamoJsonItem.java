package labrepl.helpers.format;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads an item written in DynamoDB JSON ({@code {"ID": {"S": "ABC123"}}}), the format of the
 * console's JSON view and of {@code aws dynamodb put-item --item file://...}. Every mistake is an
 * {@link IllegalArgumentException} that names the attribute (as a path such as
 * {@code address.city} or {@code tags[2]}) and says what was expected.
 */
public final class DynamoJsonItem {

    private static final String TYPES = "S, N, B, BOOL, NULL, M, L, SS, NS, BS";

    private DynamoJsonItem() {
    }

    public static Map<String, AttributeValue> parse(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("Not valid JSON: " + rootCause(e).getMessage(), e);
        }
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException("An item is a JSON object of attributes, like {\"ID\": {\"S\": \"ABC123\"}};"
                    + " this is " + describe(root));
        }
        return attributes(root.getAsJsonObject(), "");
    }

    private static Map<String, AttributeValue> attributes(JsonObject object, String prefix) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> attribute : object.entrySet()) {
            String path = prefix + attribute.getKey();
            item.put(attribute.getKey(), value(attribute.getValue(), path));
        }
        return item;
    }

    private static AttributeValue value(JsonElement element, String path) {
        if (!element.isJsonObject() || element.getAsJsonObject().size() != 1) {
            throw new IllegalArgumentException(path + ": a value is an object with one type, like {\"S\": \"text\"}"
                    + " or {\"N\": \"42\"}; found " + describe(element));
        }
        Map.Entry<String, JsonElement> typed = element.getAsJsonObject().entrySet().iterator().next();
        String type = typed.getKey();
        JsonElement content = typed.getValue();
        switch (type) {
            case "S":
                return AttributeValue.fromS(string(content, path, type));
            case "N":
                return AttributeValue.fromN(number(content, path));
            case "B":
                return AttributeValue.fromB(binary(content, path));
            case "BOOL":
                return AttributeValue.fromBool(bool(content, path, type));
            case "NULL":
                if (!bool(content, path, type)) {
                    throw new IllegalArgumentException(path + ": NULL can only be true, as in {\"NULL\": true}");
                }
                return AttributeValue.fromNul(true);
            case "M":
                if (!content.isJsonObject()) {
                    throw new IllegalArgumentException(path + ": M takes an object of attributes; found " + describe(content));
                }
                return AttributeValue.fromM(attributes(content.getAsJsonObject(), path + "."));
            case "L":
                List<AttributeValue> list = new ArrayList<>();
                JsonArray elements = array(content, path, type);
                for (int i = 0; i < elements.size(); i++) {
                    list.add(value(elements.get(i), path + "[" + i + "]"));
                }
                return AttributeValue.fromL(list);
            case "SS":
                return AttributeValue.fromSs(each(content, path, type, (e, p) -> string(e, p, type)));
            case "NS":
                return AttributeValue.fromNs(each(content, path, type, DynamoJsonItem::number));
            case "BS":
                return AttributeValue.fromBs(each(content, path, type, DynamoJsonItem::binary));
            default:
                throw new IllegalArgumentException(path + ": unknown type \"" + type + "\"; the types are " + TYPES);
        }
    }

    private interface ElementReader<T> {
        T read(JsonElement element, String path);
    }

    private static <T> List<T> each(JsonElement content, String path, String type, ElementReader<T> reader) {
        JsonArray elements = array(content, path, type);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            values.add(reader.read(elements.get(i), path + "[" + i + "]"));
        }
        return values;
    }

    private static JsonArray array(JsonElement content, String path, String type) {
        if (!content.isJsonArray()) {
            throw new IllegalArgumentException(path + ": " + type + " takes a list; found " + describe(content));
        }
        return content.getAsJsonArray();
    }

    private static String string(JsonElement content, String path, String type) {
        if (!(content.isJsonPrimitive() && content.getAsJsonPrimitive().isString())) {
            throw new IllegalArgumentException(path + ": " + type + " takes a string; found " + describe(content));
        }
        return content.getAsString();
    }

    private static String number(JsonElement content, String path) {
        if (content.isJsonPrimitive() && content.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(path + ": DynamoDB JSON writes numbers as strings, as in {\"N\": \""
                    + content.getAsString() + "\"}");
        }
        String text = string(content, path, "N");
        try {
            new java.math.BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + ": \"" + text + "\" is not a number");
        }
        return text.strip();
    }

    private static SdkBytes binary(JsonElement content, String path) {
        String text = string(content, path, "B");
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": binary values are base64 text; \"" + text + "\" is not");
        }
    }

    private static boolean bool(JsonElement content, String path, String type) {
        if (!(content.isJsonPrimitive() && content.getAsJsonPrimitive().isBoolean())) {
            throw new IllegalArgumentException(path + ": " + type + " takes true or false; found " + describe(content));
        }
        return content.getAsBoolean();
    }

    private static String describe(JsonElement element) {
        if (element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonArray()) {
            return "a list";
        }
        if (element.isJsonObject()) {
            int size = element.getAsJsonObject().size();
            return size == 0 ? "an empty object" : "an object with " + size + " keys " + element.getAsJsonObject().keySet();
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isString()) {
            return "the string \"" + primitive.getAsString() + "\"";
        }
        return (primitive.isNumber() ? "the number " : "") + primitive.getAsString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
