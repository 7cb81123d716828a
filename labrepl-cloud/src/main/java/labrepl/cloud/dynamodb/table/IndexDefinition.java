package labrepl.cloud.dynamodb.table;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;

/**
 * A secondary index: global (any partition key) or local (the table's partition key with
 * another sort key), its key schema and which attributes it projects.
 */
public record IndexDefinition(
        String name,
        boolean global,
        KeySchema keySchema,
        String projectionType,
        List<String> nonKeyAttributes,
        long readCapacityUnits,
        long writeCapacityUnits,
        String arn) {

    public static final List<String> PROJECTION_TYPES = List.of("ALL", "INCLUDE", "KEYS_ONLY");

    public IndexDefinition {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    public IndexDefinition withThroughput(long read, long write) {
        return new IndexDefinition(name, global, keySchema, projectionType, nonKeyAttributes, read, write, arn);
    }

    /** The item as the index holds it: its projected attributes, table and index keys always included. */
    public Map<String, Value> project(Map<String, Value> item, KeySchema tableKeys) {
        if (projectionType.equals("ALL")) {
            return item;
        }
        Map<String, Value> projected = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (isProjected(name, tableKeys)) {
                projected.put(name, value);
            }
        });
        return projected;
    }

    public boolean isProjected(String attribute, KeySchema tableKeys) {
        return projectionType.equals("ALL") || tableKeys.has(attribute) || keySchema.has(attribute)
                || (projectionType.equals("INCLUDE") && nonKeyAttributes.contains(attribute));
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("name", name);
        json.addProperty("global", global);
        json.add("keySchema", keySchema.toJson());
        json.addProperty("projectionType", projectionType);
        JsonArray attributes = new JsonArray();
        nonKeyAttributes.forEach(attributes::add);
        json.add("nonKeyAttributes", attributes);
        json.addProperty("readCapacityUnits", readCapacityUnits);
        json.addProperty("writeCapacityUnits", writeCapacityUnits);
        json.addProperty("arn", arn);
        return json;
    }

    static IndexDefinition fromJson(JsonObject json) {
        List<String> attributes = json.getAsJsonArray("nonKeyAttributes").asList().stream()
                .map(element -> element.getAsString()).toList();
        return new IndexDefinition(json.get("name").getAsString(), json.get("global").getAsBoolean(),
                KeySchema.fromJson(json.getAsJsonObject("keySchema")), json.get("projectionType").getAsString(),
                attributes, json.get("readCapacityUnits").getAsLong(), json.get("writeCapacityUnits").getAsLong(),
                json.get("arn").getAsString());
    }
}
