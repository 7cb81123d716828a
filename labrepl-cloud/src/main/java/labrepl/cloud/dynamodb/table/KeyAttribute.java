package labrepl.cloud.dynamodb.table;

import com.google.gson.JsonObject;

/** A key attribute of a table or index: its name and scalar type. */
public record KeyAttribute(String name, KeyType type) {

    /** As the store keeps it: {@code {"name": …, "type": "S"}}. */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("name", name);
        json.addProperty("type", type.name());
        return json;
    }

    static KeyAttribute fromJson(JsonObject json) {
        return new KeyAttribute(json.get("name").getAsString(), KeyType.valueOf(json.get("type").getAsString()));
    }
}
