package labrepl.cloud.dynamodb.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A request body read once at the edge. Typed getters return null for an absent member
 * and raise DynamoDB's SerializationException when a member has the wrong JSON type, as
 * DynamoDB's own deserializer does before any validation.
 */
public final class JsonRequest {

    private final JsonObject body;

    public JsonRequest(JsonObject body) {
        this.body = body;
    }

    /** The request, or null for an empty body (which DynamoDB refuses only after checking credentials). */
    public static JsonRequest parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null;
        }
        JsonElement element;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT); // Gson's default leniency would take {a: 1}
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("Trailing text after the JSON document");
            }
        } catch (JsonParseException | IOException e) {
            throw DynamoDbError.serialization(null); // DynamoDB names no reason for unparseable JSON
        }
        if (!element.isJsonObject()) {
            throw DynamoDbError.serialization(null);
        }
        return new JsonRequest(element.getAsJsonObject());
    }

    public JsonObject json() {
        return body;
    }

    public boolean has(String member) {
        JsonElement value = body.get(member);
        return value != null && !value.isJsonNull();
    }

    public String string(String member) {
        JsonElement value = present(member);
        if (value == null) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return value.getAsString();
        }
        throw wrongType(value, "String");
    }

    public Long integer(String member) {
        JsonElement value = present(member);
        if (value == null) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            try {
                return value.getAsJsonPrimitive().getAsBigDecimal().longValueExact();
            } catch (ArithmeticException e) {
                throw wrongType(value, "Long");
            }
        }
        throw wrongType(value, "Long");
    }

    public Boolean bool(String member) {
        JsonElement value = present(member);
        if (value == null) {
            return null;
        }
        if (value.isJsonPrimitive() && ((JsonPrimitive) value).isBoolean()) {
            return value.getAsBoolean();
        }
        throw wrongType(value, "Boolean");
    }

    public JsonObject object(String member) {
        JsonElement value = present(member);
        if (value == null) {
            return null;
        }
        if (value.isJsonObject()) {
            return value.getAsJsonObject();
        }
        throw DynamoDbError.serialization("Unexpected field type");
    }

    public JsonArray array(String member) {
        JsonElement value = present(member);
        if (value == null) {
            return null;
        }
        if (value.isJsonArray()) {
            return value.getAsJsonArray();
        }
        throw DynamoDbError.serialization("Unexpected field type");
    }

    /** The same typed reading, for a nested structure such as one element of a list. */
    public static JsonRequest of(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            throw DynamoDbError.serialization("Unexpected field type");
        }
        return new JsonRequest(element.getAsJsonObject());
    }

    private JsonElement present(String member) {
        JsonElement value = body.get(member);
        return value == null || value.isJsonNull() ? null : value;
    }

    /** Coral's words for a member of the wrong JSON type, e.g. "NUMBER_VALUE cannot be converted to String". */
    public static DynamoDbError wrongType(JsonElement value, String expected) {
        if (value.isJsonObject()) {
            return DynamoDbError.serialization("Start of structure or map found where not expected");
        }
        if (value.isJsonArray()) {
            return DynamoDbError.serialization("Unrecognized collection type class java.lang." + expected);
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        String kind;
        if (primitive.isBoolean()) {
            kind = primitive.getAsBoolean() ? "TRUE_VALUE" : "FALSE_VALUE";
        } else if (primitive.isNumber()) {
            kind = primitive.getAsString().matches("-?\\d+") ? "NUMBER_VALUE" : "DECIMAL_VALUE";
        } else {
            kind = "STRING_VALUE";
        }
        return DynamoDbError.serialization(kind + " cannot be converted to " + expected);
    }
}
