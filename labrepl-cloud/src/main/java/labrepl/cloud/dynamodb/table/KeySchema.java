package labrepl.cloud.dynamodb.table;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * A table's (or index's) primary key: partition (HASH) attributes, then sort (RANGE) attributes.
 * A table and a local index have one partition attribute and at most one sort attribute; a global
 * index up to four of each (multi-attribute keys). Checks keys and items against the schema with
 * DynamoDB's messages and encodes keys into their storage order.
 *
 * <p>With {@code hashOrdered} (every table created by this version), a key's bytes start with
 * three bytes of DynamoDB's hash of its partition values, so a table or index is stored, and
 * scanned, in the order DynamoDB returns items and splits parallel-scan segments. Tables stored
 * before keep the plain order they were written in.
 */
public record KeySchema(List<KeyAttribute> partitionKeys, List<KeyAttribute> sortKeys, boolean hashOrdered) {

    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    public KeySchema {
        partitionKeys = List.copyOf(partitionKeys);
        sortKeys = List.copyOf(sortKeys);
    }

    /** A hash-ordered schema of one partition attribute and an optional ({@code null}) sort attribute. */
    public static KeySchema of(KeyAttribute partition, KeyAttribute sort) {
        return new KeySchema(List.of(partition), sort == null ? List.of() : List.of(sort), true);
    }

    /** The partition attribute of a schema that has one (a table's, a local index's). */
    public KeyAttribute partition() {
        return partitionKeys.get(0);
    }

    /** Every key attribute: the partition attributes, then the sort attributes. */
    public List<KeyAttribute> attributes() {
        List<KeyAttribute> all = new ArrayList<>(partitionKeys);
        all.addAll(sortKeys);
        return all;
    }

    public boolean isPartition(KeyAttribute attribute) {
        return partitionKeys.contains(attribute);
    }

    /** The key of an item being written; the item must hold each key attribute with its type. */
    public Map<String, Value> keyOfNewItem(Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        for (KeyAttribute attribute : attributes()) {
            Value value = item.get(attribute.name());
            if (value == null) {
                throw DynamoDbError.invalidParameter("Missing the key " + attribute.name() + " in the item");
            }
            if (!value.type().equals(attribute.type().name())) {
                throw DynamoDbError.invalidParameter("Type mismatch for key " + attribute.name() + " expected: "
                        + attribute.type() + " actual: " + value.type());
            }
            checkNotEmpty(attribute.name(), value, "One or more parameter values are not valid.");
            key.put(attribute.name(), value);
        }
        checkSizes(key);
        return key;
    }

    /** A key given on its own (GetItem, DeleteItem): exactly the key attributes, with their types. */
    public Map<String, Value> checkKey(Map<String, Value> key, String mismatchMessage) {
        if (key.size() != attributes().size()) {
            throw DynamoDbError.validation(mismatchMessage);
        }
        Map<String, Value> ordered = new LinkedHashMap<>();
        for (KeyAttribute attribute : attributes()) {
            Value value = key.get(attribute.name());
            if (value == null || !value.type().equals(attribute.type().name())) {
                throw DynamoDbError.validation(mismatchMessage);
            }
            checkNotEmpty(attribute.name(), value, "One or more parameter values were invalid:");
            ordered.put(attribute.name(), value);
        }
        checkSizes(ordered);
        return ordered;
    }

    /** One attribute of a key given on its own (a starting key): present with its type, not empty, not too long. */
    public void checkKeyPiece(Map<String, Value> key, KeyAttribute attribute) {
        Value value = key.get(attribute.name());
        if (value == null || !value.type().equals(attribute.type().name())) {
            throw DynamoDbError.validation("The provided key element does not match the schema");
        }
        checkNotEmpty(attribute.name(), value, "One or more parameter values were invalid:");
        if (isPartition(attribute)) {
            checkPartitionSize(value);
        } else if (byteLength(value) > MAX_SORT_KEY_BYTES) {
            throw sortTooLong();
        }
    }

    /** {@code preamble} differs: writes say "are not valid.", reads "were invalid:". */
    private static void checkNotEmpty(String name, Value value, String preamble) {
        boolean emptyString = value instanceof Value.S s && s.value().isEmpty();
        boolean emptyBinary = value instanceof Value.B b && b.value().length == 0;
        if (emptyString || emptyBinary) {
            throw DynamoDbError.validation(preamble + " The AttributeValue for a key attribute cannot contain an empty "
                    + (emptyString ? "string" : "binary") + " value. Key: " + name);
        }
    }

    /** Each partition value at most 2 KB; the sort values together at most 1 KB. */
    private void checkSizes(Map<String, Value> key) {
        for (KeyAttribute attribute : partitionKeys) {
            checkPartitionSize(key.get(attribute.name()));
        }
        int sortBytes = 0;
        for (KeyAttribute attribute : sortKeys) {
            sortBytes += byteLength(key.get(attribute.name()));
        }
        if (sortBytes > MAX_SORT_KEY_BYTES) {
            throw sortTooLong();
        }
    }

    private static void checkPartitionSize(Value value) {
        if (byteLength(value) > MAX_PARTITION_KEY_BYTES) {
            throw DynamoDbError.invalidParameter(
                    "Size of hashkey has exceeded the maximum size limit of" + MAX_PARTITION_KEY_BYTES + " bytes");
        }
    }

    private static DynamoDbError sortTooLong() {
        return DynamoDbError.invalidParameter(
                "Aggregated size of all range keys has exceeded the size limit of " + MAX_SORT_KEY_BYTES + " bytes");
    }

    private static int byteLength(Value value) {
        if (value instanceof Value.S s) {
            return s.value().getBytes(StandardCharsets.UTF_8).length;
        }
        if (value instanceof Value.B b) {
            return b.value().length;
        }
        return 0; // numbers are bounded by their 38 digits
    }

    /** The key's storage bytes: the partition hash (when hash-ordered), the partition values, the sort values. */
    public byte[] encode(Map<String, Value> key) {
        return encodeSort(valuesOf(partitionKeys, key), valuesOf(sortKeys, key));
    }

    /** The bytes every key of one partition starts with. */
    public byte[] encodePartition(List<Value> partitionValues) {
        return encodeSort(partitionValues, List.of());
    }

    /** The bytes every key of the partition with these leading sort values starts with. */
    public byte[] encodeSort(List<Value> partitionValues, List<Value> sortValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        if (hashOrdered) {
            out.writeBytes(PartitionHash.of(partitionValues));
        }
        partitionValues.forEach(value -> KeyEncoder.encode(value, out));
        sortValues.forEach(value -> KeyEncoder.encode(value, out));
        return out.toByteArray();
    }

    /** Bytes every key that begins with these sort values and then {@code prefix} starts with (S and B only). */
    public byte[] encodeSortPrefix(List<Value> partitionValues, List<Value> sortValues, Value prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        out.writeBytes(encodeSort(partitionValues, sortValues));
        KeyEncoder.encodePrefix(prefix, out);
        return out.toByteArray();
    }

    /**
     * Which of {@code total} parallel-scan segments an item (or starting key) falls in: DynamoDB
     * splits the partition hash's twelve leading bits evenly.
     */
    public int segmentOf(Map<String, Value> item, int total) {
        if (!hashOrdered) {
            return Math.floorMod(Arrays.hashCode(encodePartition(valuesOf(partitionKeys, item))), total);
        }
        byte[] hash = PartitionHash.of(valuesOf(partitionKeys, item));
        int leading = ((hash[0] & 0xFF) << 4) | ((hash[1] & 0xFF) >> 4);
        return (int) ((long) leading * total / 4096);
    }

    /** DynamoDB's hash of the whole key (partition values, then sort values), for index entries. */
    public byte[] rowHash(Map<String, Value> key) {
        List<Value> values = valuesOf(partitionKeys, key);
        values.addAll(valuesOf(sortKeys, key));
        return PartitionHash.of(values);
    }

    private static List<Value> valuesOf(List<KeyAttribute> attributes, Map<String, Value> key) {
        List<Value> values = new ArrayList<>(attributes.size());
        attributes.forEach(attribute -> values.add(key.get(attribute.name())));
        return values;
    }

    /** The key attributes of an item already known to be valid. */
    public Map<String, Value> keyOf(Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>();
        for (KeyAttribute attribute : attributes()) {
            key.put(attribute.name(), item.get(attribute.name()));
        }
        return key;
    }

    /** True when the item holds every key attribute with its type: only such items appear in an index. */
    public boolean isKeyedIn(Map<String, Value> item) {
        for (KeyAttribute attribute : attributes()) {
            Value value = item.get(attribute.name());
            if (value == null || !value.type().equals(attribute.type().name())) {
                return false;
            }
        }
        return true;
    }

    /** True when the attribute is one of this schema's keys. */
    public boolean has(String attribute) {
        return attributes().stream().anyMatch(key -> key.name().equals(attribute));
    }

    /** As the store keeps it (a table's definition, a stream's). */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.add("partitionKeys", toJson(partitionKeys));
        json.add("sortKeys", toJson(sortKeys));
        json.addProperty("hashOrdered", hashOrdered);
        return json;
    }

    private static JsonArray toJson(List<KeyAttribute> attributes) {
        JsonArray array = new JsonArray();
        attributes.forEach(attribute -> array.add(attribute.toJson()));
        return array;
    }

    /** Reads what {@link #toJson} wrote, or the single-attribute form of data folders written before. */
    public static KeySchema fromJson(JsonObject json) {
        if (!json.has("partitionKeys")) {
            KeyAttribute sort = json.has("sort")
                    ? new KeyAttribute(json.get("sort").getAsString(), KeyType.valueOf(json.get("sortType").getAsString()))
                    : null;
            return new KeySchema(List.of(new KeyAttribute(json.get("partition").getAsString(),
                    KeyType.valueOf(json.get("partitionType").getAsString()))), sort == null ? List.of() : List.of(sort),
                    false);
        }
        return new KeySchema(attributes(json.getAsJsonArray("partitionKeys")), attributes(json.getAsJsonArray("sortKeys")),
                json.get("hashOrdered").getAsBoolean());
    }

    private static List<KeyAttribute> attributes(JsonArray array) {
        List<KeyAttribute> attributes = new ArrayList<>();
        array.forEach(element -> attributes.add(KeyAttribute.fromJson(element.getAsJsonObject())));
        return attributes;
    }
}
