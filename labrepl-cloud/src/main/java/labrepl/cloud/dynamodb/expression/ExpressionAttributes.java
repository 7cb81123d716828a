package labrepl.cloud.dynamodb.expression;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;

/**
 * A request's ExpressionAttributeNames and ExpressionAttributeValues, checked as DynamoDB
 * checks them, and which of them the request's expressions used: every one must be.
 */
public final class ExpressionAttributes {

    private static final Pattern NAME_KEY = Pattern.compile("#[0-9a-zA-Z_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[0-9a-zA-Z_]+");
    private static final int MAX_KEY_BYTES = 255;

    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> unusedNames;
    private final Set<String> unusedValues;

    private ExpressionAttributes(Map<String, String> names, Map<String, Value> values) {
        this.names = names;
        this.values = values;
        this.unusedNames = new LinkedHashSet<>(names.keySet());
        this.unusedValues = new LinkedHashSet<>(values.keySet());
    }

    /** Reads both members, each checked: not empty, keys of DynamoDB's syntax, values valid. */
    public static ExpressionAttributes read(JsonRequest request) {
        return new ExpressionAttributes(readNames(request.object("ExpressionAttributeNames")),
                readValues(request.object("ExpressionAttributeValues")));
    }

    /** No names or values: for expressions built by the server itself. */
    public static ExpressionAttributes none() {
        return new ExpressionAttributes(Map.of(), Map.of());
    }

    private static Map<String, String> readNames(JsonObject json) {
        Map<String, String> names = new LinkedHashMap<>();
        if (json == null) {
            return names;
        }
        if (json.size() == 0) {
            throw DynamoDbError.validation("ExpressionAttributeNames must not be empty");
        }
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            int size = entry.getKey().getBytes(StandardCharsets.UTF_8).length;
            if (size > MAX_KEY_BYTES) {
                throw DynamoDbError.validation("ExpressionAttributeNames contains invalid key: The expression attribute "
                        + "map contains a key that is too long; size of key: " + size);
            }
            if (!NAME_KEY.matcher(entry.getKey()).matches()) {
                throw DynamoDbError.validation(
                        "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + entry.getKey() + "\"");
            }
            if (entry.getValue().getAsString().isEmpty()) {
                throw DynamoDbError.validation("ExpressionAttributeNames contains invalid value: Empty attribute name for "
                        + "key " + entry.getKey());
            }
            names.put(entry.getKey(), entry.getValue().getAsString());
        }
        return names;
    }

    private static Map<String, Value> readValues(JsonObject json) {
        Map<String, Value> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        if (json.size() == 0) {
            throw DynamoDbError.validation("ExpressionAttributeValues must not be empty");
        }
        for (String key : json.keySet()) {
            if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
                // DynamoDB states the size for names only.
                throw DynamoDbError.validation("ExpressionAttributeValues contains invalid key: The expression attribute "
                        + "map contains a key that is too long;");
            }
            if (!VALUE_KEY.matcher(key).matches()) {
                throw DynamoDbError.validation(
                        "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        }
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            try {
                values.put(entry.getKey(), ItemJson.readValue(entry.getValue()));
            } catch (DynamoDbError error) {
                if (error.type() != DynamoDbError.Type.VALIDATION) {
                    throw error;
                }
                throw DynamoDbError.validation("ExpressionAttributeValues contains invalid value: "
                        + error.getMessage() + " for key " + entry.getKey());
            }
        }
        return values;
    }

    /** The attribute name a {@code #placeholder} stands for, or null when it is not defined. */
    String name(String placeholder) {
        unusedNames.remove(placeholder);
        return names.get(placeholder);
    }

    /** The value a {@code :placeholder} stands for, or null when it is not defined. */
    Value value(String placeholder) {
        unusedValues.remove(placeholder);
        return values.get(placeholder);
    }

    /** Call after parsing every expression of the request. */
    public void checkAllUsed() {
        if (!unusedNames.isEmpty()) {
            throw DynamoDbError.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: "
                    + unusedNames.stream().collect(Collectors.joining(", ", "{", "}")));
        }
        if (!unusedValues.isEmpty()) {
            throw DynamoDbError.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: "
                    + unusedValues.stream().collect(Collectors.joining(", ", "{", "}")));
        }
    }
}
