package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
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
    private static final long MAX_GET_BYTES = 16L * 1024 * 1024;

    private final TableCatalog catalog;

    public BatchOperations(TableCatalog catalog) {
        this.catalog = catalog;
    }

    /** One table's part of a BatchGetItem; {@code table} is null until the table is looked up. */
    private record TableRead(String name, Table table, JsonRequest request, List<Map<String, Value>> keys,
                             List<Path> projection, boolean consistent) {
    }

    /** A BatchGetItem as read. */
    public record Get(List<TableRead> reads, String capacityMode) {
    }

    /** A BatchWriteItem as read. */
    public record Write(List<WriteRequest> writes, String capacityMode) {
    }

    public static Get readGet(JsonRequest request) {
        List<TableRead> reads = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, JsonElement> entry : request.object("RequestItems").entrySet()) {
            JsonRequest tableRequest = new JsonRequest(entry.getValue().getAsJsonObject());
            ExpressionParameters.check(tableRequest, List.of("ProjectionExpression"), List.of("AttributesToGet"));
            List<Path> attributesToGet = LegacyParameters.attributesToGet(tableRequest);
            RequestExpressions expressions = RequestExpressions.parse(tableRequest);
            List<Map<String, Value>> keys = new ArrayList<>();
            Set<Map<String, Value>> seen = new HashSet<>();
            for (JsonElement keyJson : tableRequest.array("Keys")) {
                Map<String, Value> key = ItemJson.readItem(keyJson.getAsJsonObject());
                if (!seen.add(key)) {
                    throw DynamoDbError.validation("Provided list of item keys contains duplicates");
                }
                if (++total > MAX_GET_KEYS) {
                    throw DynamoDbError.validation("Too many items requested for the BatchGetItem call");
                }
                keys.add(key);
            }
            reads.add(new TableRead(entry.getKey(), null, tableRequest, keys,
                    ItemOperations.either(attributesToGet, expressions.projection()),
                    Boolean.TRUE.equals(tableRequest.bool("ConsistentRead"))));
        }
        return new Get(reads, ConsumedCapacity.mode(request));
    }

    public String get(Get get) {
        List<TableRead> checked = new ArrayList<>();
        for (TableRead read : get.reads()) {
            Table table = catalog.require(read.name());
            List<Map<String, Value>> keys = new ArrayList<>();
            for (Map<String, Value> key : read.keys()) {
                keys.add(table.keySchema().checkKey(key, ItemOperations.KEY_MISMATCH));
            }
            ScalarKeyPaths.check(table, read.projection());
            checked.add(new TableRead(read.name(), table, read.request(), keys, read.projection(), read.consistent()));
        }
        return answerGet(checked, get.capacityMode());
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
                    List<Path> projection = read.projection();
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

    public static Write readWrite(JsonRequest request) {
        List<WriteRequest> writes = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : request.object("RequestItems").entrySet()) {
            for (JsonElement element : entry.getValue().getAsJsonArray()) {
                writes.add(WriteRequest.readBatchElement(entry.getKey(), new JsonRequest(element.getAsJsonObject())));
            }
        }
        return new Write(writes, ConsumedCapacity.mode(request));
    }

    /** Every write is checked against its table before any is made; a key missing from an item does not match. */
    public String write(Write write) {
        List<WriteRequest.Checked> checked;
        try {
            checked = WriteRequest.checkAll(write.writes(), catalog, "Provided list of item keys contains duplicates");
        } catch (DynamoDbError error) {
            String message = String.valueOf(error.getMessage());
            if (message.contains("Missing the key") || message.contains("Type mismatch for key")) {
                throw DynamoDbError.validation(ItemOperations.KEY_MISMATCH);
            }
            throw error;
        }
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        for (WriteRequest.Checked one : checked) {
            ItemWriter.Outcome outcome = ItemWriter.write(one.table(), one.key(), null, false, one::apply);
            ConsumedCapacity used = ItemWriter.capacity(one.table(), outcome, 1);
            capacities.computeIfAbsent(one.table().definition().name(), ConsumedCapacity::new).add(used);
        }
        JsonText out = new JsonText().beginObject().name("UnprocessedItems").beginObject().endObject();
        writeCapacities(out, new ArrayList<>(capacities.values()), write.capacityMode());
        return out.endObject().toString();
    }

    static void writeCapacities(JsonText out, List<ConsumedCapacity> capacities, String mode) {
        if (!mode.equals("NONE")) {
            out.name("ConsumedCapacity").beginArray();
            capacities.forEach(capacity -> capacity.write(out, mode));
            out.endArray();
        }
    }
}
