package labrepl.cloud.dynamodb.expression;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * Reads both members. {@code expressionMembers} are the request's expression members
     * (ProjectionExpression last, as it takes no values): names and values are refused when
     * none of them is present, as DynamoDB does.
     */
    public static ExpressionAttributes read(JsonRequest request, List<String> expressionMembers) {
        JsonObject namesJson = request.object("ExpressionAttributeNames");
        JsonObject valuesJson = request.object("ExpressionAttributeValues");
        boolean anyExpression = expressionMembers.stream().anyMatch(request::has);
        if (namesJson != null && !anyExpression) {
            throw DynamoDbError.requestValidation("ExpressionAttributeNames can only be specified when using expressions");
        }
        List<String> valueExpressions = expressionMembers.stream()
                .filter(member -> !member.equals("ProjectionExpression")).toList();
        if (valuesJson != null && !valueExpressions.isEmpty() && valueExpressions.stream().noneMatch(request::has)) {
            throw DynamoDbError.requestValidation("ExpressionAttributeValues can only be specified when using expressions: "
                    + String.join(" and ", valueExpressions) + (valueExpressions.size() > 1 ? " are" : " is") + " null");
        }
        return new ExpressionAttributes(readNames(namesJson), readValues(valuesJson));
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
            throw DynamoDbError.requestValidation("ExpressionAttributeNames must not be empty");
        }
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            if (!NAME_KEY.matcher(entry.getKey()).matches()) {
                throw DynamoDbError.requestValidation(
                        "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + entry.getKey() + "\"");
            }
            JsonElement value = entry.getValue();
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw JsonRequest.wrongType(value, "String");
            }
            names.put(entry.getKey(), value.getAsString());
        }
        return names;
    }

    private static Map<String, Value> readValues(JsonObject json) {
        Map<String, Value> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        if (json.size() == 0) {
            throw DynamoDbError.requestValidation("ExpressionAttributeValues must not be empty");
        }
        for (String key : json.keySet()) {
            if (!VALUE_KEY.matcher(key).matches()) {
                throw DynamoDbError.requestValidation(
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
                throw DynamoDbError.requestValidation("ExpressionAttributeValues contains invalid value: "
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
            throw DynamoDbError.requestValidation("Value provided in ExpressionAttributeNames unused in expressions: keys: "
                    + unusedNames.stream().collect(Collectors.joining(", ", "{", "}")));
        }
        if (!unusedValues.isEmpty()) {
            throw DynamoDbError.requestValidation("Value provided in ExpressionAttributeValues unused in expressions: keys: "
                    + unusedValues.stream().collect(Collectors.joining(", ", "{", "}")));
        }
    }
}
