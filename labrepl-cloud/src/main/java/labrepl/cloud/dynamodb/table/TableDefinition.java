package labrepl.cloud.dynamodb.table;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known about a table: its name, key schema, attribute definitions, billing,
 * identity, secondary indexes, time-to-live attribute and tags. Immutable: UpdateTable and
 * friends store a changed copy. Kept as JSON in the store's table catalog. {@code
 * tableClass} is null unless CreateTable named one (DynamoDB then leaves
 * TableClassSummary out); {@code ttlAttribute} is null while time to live is off; {@code stream}
 * is null until a stream is first turned on.
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
        String tableClass,
        List<IndexDefinition> indexes,
        String ttlAttribute,
        Map<String, String> tags,
        StreamSpecification stream) {

    public TableDefinition {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        indexes = List.copyOf(indexes);
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    public Optional<IndexDefinition> index(String indexName) {
        return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
    }

    public TableDefinition withIndexes(List<IndexDefinition> newIndexes, List<KeyAttribute> newDefinitions) {
        return new TableDefinition(name, id, arn, keySchema, newDefinitions, billingMode, readCapacityUnits,
                writeCapacityUnits, createdAt, deletionProtection, tableClass, newIndexes, ttlAttribute, tags, stream);
    }

    public TableDefinition withBilling(BillingMode mode, long read, long write) {
        return new TableDefinition(name, id, arn, keySchema, attributeDefinitions, mode, read, write, createdAt,
                deletionProtection, tableClass, indexes, ttlAttribute, tags, stream);
    }

    public TableDefinition withTableClass(String newClass) {
        return new TableDefinition(name, id, arn, keySchema, attributeDefinitions, billingMode, readCapacityUnits,
                writeCapacityUnits, createdAt, deletionProtection, newClass, indexes, ttlAttribute, tags, stream);
    }

    public TableDefinition withDeletionProtection(boolean protection) {
        return new TableDefinition(name, id, arn, keySchema, attributeDefinitions, billingMode, readCapacityUnits,
                writeCapacityUnits, createdAt, protection, tableClass, indexes, ttlAttribute, tags, stream);
    }

    /** {@code attribute} null turns time to live off. */
    public TableDefinition withTtlAttribute(String attribute) {
        return new TableDefinition(name, id, arn, keySchema, attributeDefinitions, billingMode, readCapacityUnits,
                writeCapacityUnits, createdAt, deletionProtection, tableClass, indexes, attribute, tags, stream);
    }

    public TableDefinition withTags(Map<String, String> newTags) {
        return new TableDefinition(name, id, arn, keySchema, attributeDefinitions, billingMode, readCapacityUnits,
                writeCapacityUnits, createdAt, deletionProtection, tableClass, indexes, ttlAttribute, newTags, stream);
    }

    /** {@code newStream} null: the table never had one. */
    public TableDefinition withStream(StreamSpecification newStream) {
        return new TableDefinition(name, id, arn, keySchema, attributeDefinitions, billingMode, readCapacityUnits,
                writeCapacityUnits, createdAt, deletionProtection, tableClass, indexes, ttlAttribute, tags, newStream);
    }

    String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("name", name);
        json.addProperty("id", id);
        json.addProperty("arn", arn);
        json.add("keySchema", keySchema.toJson());
        JsonArray definitions = new JsonArray();
        attributeDefinitions.forEach(a -> definitions.add(a.toJson()));
        json.add("attributeDefinitions", definitions);
        json.addProperty("billingMode", billingMode.name());
        json.addProperty("readCapacityUnits", readCapacityUnits);
        json.addProperty("writeCapacityUnits", writeCapacityUnits);
        json.addProperty("createdAt", createdAt.toString());
        json.addProperty("deletionProtection", deletionProtection);
        if (tableClass != null) {
            json.addProperty("tableClass", tableClass);
        }
        JsonArray indexList = new JsonArray();
        indexes.forEach(index -> indexList.add(index.toJson()));
        json.add("indexes", indexList);
        if (ttlAttribute != null) {
            json.addProperty("ttlAttribute", ttlAttribute);
        }
        JsonObject tagObject = new JsonObject();
        tags.forEach(tagObject::addProperty);
        json.add("tags", tagObject);
        if (stream != null) {
            json.add("stream", stream.toJson());
        }
        return json.toString();
    }

    static TableDefinition fromJson(String text) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        List<KeyAttribute> definitions = new ArrayList<>();
        json.getAsJsonArray("attributeDefinitions").forEach(a -> definitions.add(KeyAttribute.fromJson(a.getAsJsonObject())));
        return new TableDefinition(
                json.get("name").getAsString(),
                json.get("id").getAsString(),
                json.get("arn").getAsString(),
                keySchema(json),
                definitions,
                BillingMode.valueOf(json.get("billingMode").getAsString()),
                json.get("readCapacityUnits").getAsLong(),
                json.get("writeCapacityUnits").getAsLong(),
                Instant.parse(json.get("createdAt").getAsString()),
                json.get("deletionProtection").getAsBoolean(),
                json.has("tableClass") ? json.get("tableClass").getAsString() : null,
                indexes(json),
                json.has("ttlAttribute") ? json.get("ttlAttribute").getAsString() : null,
                tags(json),
                json.has("stream") ? StreamSpecification.fromJson(json.getAsJsonObject("stream")) : null);
    }

    /** The key schema; data folders written before multi-attribute keys hold the table's two attributes apart. */
    private static KeySchema keySchema(JsonObject json) {
        if (json.has("keySchema")) {
            return KeySchema.fromJson(json.getAsJsonObject("keySchema"));
        }
        KeyAttribute sort = json.has("sort") ? KeyAttribute.fromJson(json.getAsJsonObject("sort")) : null;
        return new KeySchema(List.of(KeyAttribute.fromJson(json.getAsJsonObject("partition"))), sort == null ? List.of()
                : List.of(sort), false);
    }

    private static List<IndexDefinition> indexes(JsonObject json) {
        List<IndexDefinition> indexes = new ArrayList<>();
        if (json.has("indexes")) {
            json.getAsJsonArray("indexes").forEach(index -> indexes.add(IndexDefinition.fromJson(index.getAsJsonObject())));
        }
        return indexes;
    }

    private static Map<String, String> tags(JsonObject json) {
        Map<String, String> tags = new TreeMap<>();
        if (json.has("tags")) {
            json.getAsJsonObject("tags").entrySet().forEach(e -> tags.put(e.getKey(), e.getValue().getAsString()));
        }
        return tags;
    }
}
