package labrepl.cloud.dynamodb.table;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * A table's (or index's) primary key: a partition (HASH) attribute and an optional sort
 * (RANGE) attribute. Checks keys and items against the schema with DynamoDB's messages
 * and encodes keys into their storage order.
 */
public record KeySchema(KeyAttribute partition, KeyAttribute sort) {

    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    public Optional<KeyAttribute> sortKey() {
        return Optional.ofNullable(sort);
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
        if (key.size() != attributes().length) {
            throw DynamoDbError.validation(mismatchMessage);
        }
        Map<String, Value> ordered = new LinkedHashMap<>();
        for (KeyAttribute attribute : attributes()) {
            Value value = key.get(attribute.name());
            if (value == null || !value.type().equals(attribute.type().name())) {
                throw DynamoDbError.validation(mismatchMessage);
            }
            checkNotEmpty(attribute.name(), value, "One or more parameter values were invalid:");
            checkSize(value, attribute == partition);
            ordered.put(attribute.name(), value);
        }
        return ordered;
    }

    /** One attribute of a key given on its own (a starting key): present with its type, not empty, not too long. */
    public void checkKeyPiece(Map<String, Value> key, KeyAttribute attribute, boolean isPartition) {
        Value value = key.get(attribute.name());
        if (value == null || !value.type().equals(attribute.type().name())) {
            throw DynamoDbError.validation("The provided key element does not match the schema");
        }
        checkNotEmpty(attribute.name(), value, "One or more parameter values were invalid:");
        checkSize(value, isPartition);
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

    private void checkSizes(Map<String, Value> key) {
        checkSize(key.get(partition.name()), true);
        if (sort != null) {
            checkSize(key.get(sort.name()), false);
        }
    }

    private static void checkSize(Value value, boolean isPartition) {
        if (isPartition && byteLength(value) > MAX_PARTITION_KEY_BYTES) {
            throw DynamoDbError.invalidParameter(
                    "Size of hashkey has exceeded the maximum size limit of" + MAX_PARTITION_KEY_BYTES + " bytes");
        }
        if (!isPartition && byteLength(value) > MAX_SORT_KEY_BYTES) {
            throw DynamoDbError.invalidParameter(
                    "Aggregated size of all range keys has exceeded the size limit of " + MAX_SORT_KEY_BYTES + " bytes");
        }
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

    /** The key's storage bytes: partition value, then sort value. */
    public byte[] encode(Map<String, Value> key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        KeyEncoder.encode(key.get(partition.name()), out);
        if (sort != null) {
            KeyEncoder.encode(key.get(sort.name()), out);
        }
        return out.toByteArray();
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
        return partition.name().equals(attribute) || (sort != null && sort.name().equals(attribute));
    }

    /** The encoded partition value alone: every key of the partition starts with these bytes. */
    public byte[] encodePartition(Value partitionValue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        KeyEncoder.encode(partitionValue, out);
        return out.toByteArray();
    }

    /** The encoded partition value followed by a sort value. */
    public byte[] encodeSort(Value partitionValue, Value sortValue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        KeyEncoder.encode(partitionValue, out);
        KeyEncoder.encode(sortValue, out);
        return out.toByteArray();
    }

    /** Bytes every key that begins with this sort prefix starts with (S and B sort keys only). */
    public byte[] encodeSortPrefix(Value partitionValue, Value prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        KeyEncoder.encode(partitionValue, out);
        KeyEncoder.encodePrefix(prefix, out);
        return out.toByteArray();
    }

    com.google.gson.JsonObject toJson() {
        com.google.gson.JsonObject json = new com.google.gson.JsonObject();
        json.addProperty("partition", partition.name());
        json.addProperty("partitionType", partition.type().name());
        if (sort != null) {
            json.addProperty("sort", sort.name());
            json.addProperty("sortType", sort.type().name());
        }
        return json;
    }

    static KeySchema fromJson(com.google.gson.JsonObject json) {
        KeyAttribute sort = json.has("sort")
                ? new KeyAttribute(json.get("sort").getAsString(), KeyType.valueOf(json.get("sortType").getAsString()))
                : null;
        return new KeySchema(new KeyAttribute(json.get("partition").getAsString(),
                KeyType.valueOf(json.get("partitionType").getAsString())), sort);
    }

    public KeyAttribute[] attributes() {
        return sort == null ? new KeyAttribute[] {partition} : new KeyAttribute[] {partition, sort};
    }
}
