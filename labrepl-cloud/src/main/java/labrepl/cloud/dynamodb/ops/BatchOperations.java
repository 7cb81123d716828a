package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * BatchGetItem (up to 100 keys) and BatchWriteItem (up to 25 puts and deletes). Every
 * request is checked before any item is read or written. Reads stop at 16 MB of items and
 * hand the rest back as UnprocessedKeys; writes are all processed, so UnprocessedItems is empty.
 */
public final class BatchOperations {

    private static final int MAX_GET_KEYS = 100;
    private static final int MAX_WRITES = 25;
    private static final long MAX_GET_BYTES = 16L * 1024 * 1024;

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public BatchOperations(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    /** One table's part of a BatchGetItem. */
    private record TableRead(String name, Table table, JsonRequest request, List<Map<String, Value>> keys,
                             RequestExpressions expressions, boolean consistent) {
    }

    public String batchGetItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        JsonObject requestItems = requestItems(request, constraints, MAX_GET_KEYS);
        String capacityMode = ConsumedCapacity.mode(request, constraints);
        constraints.throwIfViolated();
        List<TableRead> reads = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, JsonElement> entry : requestItems.entrySet()) {
            JsonRequest tableRequest = JsonRequest.of(entry.getValue());
            Constraints tableConstraints = new Constraints();
            String name = TableNames.read(entry.getKey(), identity, tableConstraints);
            tableConstraints.notNull("requestItems." + entry.getKey() + ".member.keys", tableRequest.array("Keys"));
            tableConstraints.throwIfViolated();
            List<JsonRequest> keyElements = KeySchemaReader.list(tableRequest.array("Keys"));
            new Constraints().size("requestItems." + entry.getKey() + ".member.keys", keyElements, 1, MAX_GET_KEYS,
                    tableRequest.array("Keys").toString()).throwIfViolated();
            total += keyElements.size();
            RequestExpressions expressions = RequestExpressions.read(tableRequest, "ProjectionExpression");
            List<Map<String, Value>> keys = new ArrayList<>();
            keyElements.forEach(k -> keys.add(ItemJson.readItem(k.json())));
            reads.add(new TableRead(name, null, tableRequest, keys, expressions,
                    Boolean.TRUE.equals(tableRequest.bool("ConsistentRead"))));
        }
        if (total > MAX_GET_KEYS) {
            throw DynamoDbError.validation("Too many items requested for the BatchGetItem call");
        }
        List<TableRead> checked = new ArrayList<>();
        for (TableRead read : reads) {
            Table table = catalog.require(read.name());
            List<Map<String, Value>> keys = new ArrayList<>();
            Set<List<Object>> seen = new HashSet<>();
            for (Map<String, Value> key : read.keys()) {
                Map<String, Value> checkedKey = table.keySchema().checkKey(key, ItemOperations.KEY_MISMATCH);
                if (!seen.add(List.copyOf(checkedKey.values()))) {
                    throw DynamoDbError.validation("Provided list of item keys contains duplicates");
                }
                keys.add(checkedKey);
            }
            checked.add(new TableRead(read.name(), table, read.request(), keys, read.expressions(), read.consistent()));
        }
        return answerGet(checked, capacityMode);
    }

    private static String answerGet(List<TableRead> reads, String capacityMode) {
        JsonText out = new JsonText().beginObject().name("Responses").beginObject();
        Map<TableRead, List<Map<String, Value>>> unprocessed = new LinkedHashMap<>();
        List<ConsumedCapacity> capacities = new ArrayList<>();
        long bytes = 0;
        for (TableRead read : reads) {
            out.name(read.name()).beginArray();
            ConsumedCapacity capacity = new ConsumedCapacity(read.table().definition().name());
            for (Map<String, Value> key : read.keys()) {
                if (bytes >= MAX_GET_BYTES) {
                    unprocessed.computeIfAbsent(read, r -> new ArrayList<>()).add(key);
                    continue;
                }
                StoredItem item = read.table().get(key).orElse(null);
                capacity.addTable(ConsumedCapacity.readUnits(item == null ? 0 : item.size(), read.consistent()));
                if (item != null) {
                    bytes += item.size();
                    List<Path> projection = read.expressions().projection();
                    ItemJson.writeItem(out, projection == null ? item.item() : Projection.apply(item.item(), projection));
                }
            }
            out.endArray();
            capacities.add(capacity);
        }
        out.endObject().name("UnprocessedKeys").beginObject();
        unprocessed.forEach((read, keys) -> {
            out.name(read.name()).beginObject().name("Keys").beginArray();
            keys.forEach(key -> ItemJson.writeItem(out, key));
            out.endArray();
            for (String member : List.of("ProjectionExpression", "ConsistentRead", "ExpressionAttributeNames")) {
                if (read.request().has(member)) {
                    out.name(member).raw(read.request().json().get(member).toString());
                }
            }
            out.endObject();
        });
        out.endObject();
        writeCapacities(out, capacities, capacityMode);
        return out.endObject().toString();
    }

    public String batchWriteItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        JsonObject requestItems = requestItems(request, constraints, MAX_WRITES);
        String capacityMode = ConsumedCapacity.mode(request, constraints);
        if (requestItems != null) {
            for (Map.Entry<String, JsonElement> entry : requestItems.entrySet()) {
                TableNames.read(entry.getKey(), identity, constraints);
                if (entry.getValue().isJsonArray()) {
                    constraints.size("requestItems." + entry.getKey() + ".member", entry.getValue().getAsJsonArray().asList(),
                            1, MAX_WRITES, entry.getValue().toString());
                }
            }
        }
        constraints.throwIfViolated();
        List<WriteRequest> writes = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : requestItems.entrySet()) {
            if (!entry.getValue().isJsonArray()) {
                throw DynamoDbError.serialization("Unexpected field type");
            }
            for (JsonRequest element : KeySchemaReader.list(entry.getValue().getAsJsonArray())) {
                writes.add(WriteRequest.readBatchElement(entry.getKey(), element));
            }
        }
        if (writes.size() > MAX_WRITES) {
            throw DynamoDbError.validation("Too many items requested for the BatchWriteItem call");
        }
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        List<WriteRequest.Checked> checked = WriteRequest.checkAll(writes, catalog,
                "Provided list of item keys contains duplicates");
        for (WriteRequest.Checked write : checked) {
            ItemWriter.Outcome outcome = ItemWriter.write(write.table(), write.key(), null, false, write::apply);
            ConsumedCapacity used = ItemWriter.capacity(write.table(), outcome, 1);
            capacities.computeIfAbsent(write.table().definition().name(), ConsumedCapacity::new).add(used);
        }
        JsonText out = new JsonText().beginObject().name("UnprocessedItems").beginObject().endObject();
        writeCapacities(out, new ArrayList<>(capacities.values()), capacityMode);
        return out.endObject().toString();
    }

    /** RequestItems: one to {@code max} tables. */
    private static JsonObject requestItems(JsonRequest request, Constraints constraints, int max) {
        JsonObject requestItems = request.object("RequestItems");
        constraints.notNull("requestItems", requestItems);
        if (requestItems != null) {
            constraints.size("requestItems", requestItems.keySet(), 1, max, requestItems.toString());
        }
        return requestItems;
    }

    static void writeCapacities(JsonText out, List<ConsumedCapacity> capacities, String mode) {
        if (!mode.equals("NONE")) {
            out.name("ConsumedCapacity").beginArray();
            capacities.forEach(capacity -> capacity.write(out, mode));
            out.endArray();
        }
    }
}
