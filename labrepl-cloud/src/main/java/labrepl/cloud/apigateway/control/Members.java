package labrepl.cloud.apigateway.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members of a request body, read with their types checked: a wrong type or a member the
 * local cloud does not implement is a BadRequestException naming it, never silently ignored.
 */
final class Members {

    private final JsonObject body;

    Members(JsonObject body) {
        this.body = body;
    }

    /** Refuses members outside {@code known}: the local cloud implements only those. */
    Members only(Set<String> known) {
        for (String name : body.keySet()) {
            if (!known.contains(name)) {
                throw ApiGatewayError.badRequest("The local API Gateway does not support " + name
                        + " (it implements " + String.join(", ", known.stream().sorted().toList()) + ").");
            }
        }
        return this;
    }

    boolean has(String name) {
        return body.has(name) && !body.get(name).isJsonNull();
    }

    String string(String name) {
        if (!has(name)) {
            return null;
        }
        JsonElement value = body.get(name);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw typeError(name, "a string");
        }
        return value.getAsString();
    }

    /** A string of {@code min} to {@code max} characters, or null when absent. */
    String string(String name, int min, int max) {
        String value = string(name);
        if (value != null && (value.length() < min || value.length() > max)) {
            throw ApiGatewayError.badRequest("Invalid input: " + name + " must be between " + min + " and " + max
                    + " characters long.");
        }
        return value;
    }

    String required(String name) {
        return present(name, string(name));
    }

    String required(String name, int min, int max) {
        return present(name, string(name, min, max));
    }

    private static String present(String name, String value) {
        if (value == null) {
            throw ApiGatewayError.badRequest(name + " is a required field.");
        }
        return value;
    }

    Boolean bool(String name) {
        if (!has(name)) {
            return null;
        }
        JsonElement value = body.get(name);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw typeError(name, "a boolean");
        }
        return value.getAsBoolean();
    }

    Integer integer(String name, int min, int max) {
        if (!has(name)) {
            return null;
        }
        JsonElement value = body.get(name);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw typeError(name, "an integer");
        }
        double number = value.getAsDouble();
        if (number != Math.rint(number)) {
            throw typeError(name, "an integer");
        }
        if (number < min || number > max) {
            throw ApiGatewayError.badRequest("Invalid input: " + name + " must be between " + min + " and " + max
                    + ".");
        }
        return (int) number;
    }

    List<String> strings(String name) {
        if (!has(name)) {
            return null;
        }
        if (!body.get(name).isJsonArray()) {
            throw typeError(name, "a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonElement element : body.getAsJsonArray(name)) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                throw typeError(name, "a list of strings");
            }
            values.add(element.getAsString());
        }
        return values;
    }

    Map<String, String> stringMap(String name) {
        if (!has(name)) {
            return null;
        }
        if (!body.get(name).isJsonObject()) {
            throw typeError(name, "a map of strings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : body.getAsJsonObject(name).entrySet()) {
            JsonElement value = entry.getValue();
            if (!value.isJsonPrimitive() || !(value.getAsJsonPrimitive()).isString()) {
                throw typeError(name, "a map of strings");
            }
            values.put(entry.getKey(), value.getAsString());
        }
        return values;
    }

    /** A nested structure's members, or null when absent. */
    Members object(String name) {
        if (!has(name)) {
            return null;
        }
        if (!body.get(name).isJsonObject()) {
            throw typeError(name, "a structure");
        }
        return new Members(body.getAsJsonObject(name));
    }

    private static ApiGatewayError typeError(String name, String expected) {
        return ApiGatewayError.badRequest("Invalid input: " + name + " must be " + expected + ".");
    }

    static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(value -> array.add(new JsonPrimitive(value)));
        return array;
    }
}
