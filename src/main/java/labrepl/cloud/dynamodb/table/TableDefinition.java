package labrepl.cloud.dynamodb.table;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What CreateTable fixed about a table: its name, key schema, attribute definitions,
 * billing and identity. Kept as JSON in the store's table catalog. {@code tableClass} is
 * null unless CreateTable named one (DynamoDB then leaves TableClassSummary out).
 */
public record TableDefinition(
        String name,
        String id,
        String arn,
        KeySchema keySchema,
        List<KeyAttribute> attributeDefinitions,
        BillingMode billingMode,
        long readCapacityUnits,
        long writeCapacityUnits,
        Instant createdAt,
        boolean deletionProtection,
        String tableClass) {

    public TableDefinition {
        attributeDefinitions = List.copyOf(attributeDefinitions);
    }

    String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("name", name);
        json.addProperty("id", id);
        json.addProperty("arn", arn);
        json.add("partition", attribute(keySchema.partition()));
        keySchema.sortKey().ifPresent(sort -> json.add("sort", attribute(sort)));
        JsonArray definitions = new JsonArray();
        attributeDefinitions.forEach(a -> definitions.add(attribute(a)));
        json.add("attributeDefinitions", definitions);
        json.addProperty("billingMode", billingMode.name());
        json.addProperty("readCapacityUnits", readCapacityUnits);
        json.addProperty("writeCapacityUnits", writeCapacityUnits);
        json.addProperty("createdAt", createdAt.toString());
        json.addProperty("deletionProtection", deletionProtection);
        if (tableClass != null) {
            json.addProperty("tableClass", tableClass);
        }
        return json.toString();
    }

    static TableDefinition fromJson(String text) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        List<KeyAttribute> definitions = new ArrayList<>();
        json.getAsJsonArray("attributeDefinitions").forEach(a -> definitions.add(attribute(a.getAsJsonObject())));
        KeyAttribute sort = json.has("sort") ? attribute(json.getAsJsonObject("sort")) : null;
        return new TableDefinition(
                json.get("name").getAsString(),
                json.get("id").getAsString(),
                json.get("arn").getAsString(),
                new KeySchema(attribute(json.getAsJsonObject("partition")), sort),
                definitions,
                BillingMode.valueOf(json.get("billingMode").getAsString()),
                json.get("readCapacityUnits").getAsLong(),
                json.get("writeCapacityUnits").getAsLong(),
                Instant.parse(json.get("createdAt").getAsString()),
                json.get("deletionProtection").getAsBoolean(),
                json.has("tableClass") ? json.get("tableClass").getAsString() : null);
    }

    private static JsonObject attribute(KeyAttribute attribute) {
        JsonObject json = new JsonObject();
        json.addProperty("name", attribute.name());
        json.addProperty("type", attribute.type().name());
        return json;
    }

    private static KeyAttribute attribute(JsonObject json) {
        return new KeyAttribute(json.get("name").getAsString(), KeyType.valueOf(json.get("type").getAsString()));
    }
}
