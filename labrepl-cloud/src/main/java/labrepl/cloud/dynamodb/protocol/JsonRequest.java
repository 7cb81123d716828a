package labrepl.cloud.dynamodb.protocol;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A request body read once at the edge. Once {@link labrepl.cloud.dynamodb.shape.ShapeReader} has
 * checked it against its operation's shape, every member has its declared type, so the typed
 * getters simply convert; they return null for an absent member.
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
        return value == null ? null : value.getAsString();
    }

    public Long integer(String member) {
        JsonElement value = present(member);
        return value == null ? null : value.getAsLong();
    }

    public Boolean bool(String member) {
        JsonElement value = present(member);
        return value == null ? null : value.getAsBoolean();
    }

    public JsonObject object(String member) {
        JsonElement value = present(member);
        return value == null ? null : value.getAsJsonObject();
    }

    public JsonArray array(String member) {
        JsonElement value = present(member);
        return value == null ? null : value.getAsJsonArray();
    }

    private JsonElement present(String member) {
        JsonElement value = body.get(member);
        return value == null || value.isJsonNull() ? null : value;
    }
}
