package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.ItemLocks;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.storage.WriteBatch;

/**
 * TransactWriteItems and TransactGetItems. A transaction locks all its items (in a fixed
 * order, so transactions cannot deadlock), checks every condition and computes every new
 * item, and only then writes them all and makes them durable together; if anything fails,
 * nothing is written and each item gets a cancellation reason.
 */
public final class TransactionOperations {

    /** DynamoDB remembers a ClientRequestToken for ten minutes. */
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final double TRANSACTION_COST = 2;

    private record TokenUse(String request, Instant at) {
    }

    private final TableCatalog catalog;
    private final Clock clock;
    private final Map<String, TokenUse> tokens = new ConcurrentHashMap<>();

    public TransactionOperations(TableCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A TransactWriteItems as read; {@code request} is what a repeated ClientRequestToken is compared with. */
    public record Write(List<WriteRequest> writes, String token, String request, String capacityMode) {
    }

    /** A TransactGetItems as read: each item's table, key and projection. */
    public record Get(List<String> tables, List<Map<String, Value>> keys, List<List<Path>> projections,
                      String capacityMode) {
    }

    public static Write readWrite(JsonRequest request) {
        List<WriteRequest> writes = new ArrayList<>();
        request.array("TransactItems").forEach(element ->
                writes.add(WriteRequest.readTransactElement(new JsonRequest(element.getAsJsonObject()))));
        return new Write(writes, request.string("ClientRequestToken"), requestWithoutToken(request),
                ConsumedCapacity.mode(request));
    }

    public String write(Write transaction) {
        List<WriteRequest.Checked> checked = WriteRequest.checkAll(transaction.writes(), catalog,
                "Transaction request cannot include multiple operations on one item");
        String token = transaction.token();
        String capacityMode = transaction.capacityMode();
        if (token != null && isRepeat(token, transaction.request())) {
            return answer(checked, capacityMode);
        }
        List<ItemLocks.ItemRef> refs = checked.stream().map(w -> new ItemLocks.ItemRef(w.table(), w.key())).toList();
        ItemLocks locks = ItemLocks.lock(refs);
        try {
            List<Map<String, Value>> before = new ArrayList<>();
            List<Map<String, Value>> after = new ArrayList<>();
            List<JsonObject> reasons = new ArrayList<>();
            boolean cancelled = false;
            for (WriteRequest.Checked write : checked) {
                Map<String, Value> old = write.table().get(write.key()).map(StoredItem::item).orElse(null);
                before.add(old);
                JsonObject reason = new JsonObject();
                try {
                    ItemWriter.check(write.request().expressions().condition(), old, false);
                    after.add(write.apply(old));
                    reason.addProperty("Code", "None");
                } catch (DynamoDbError error) {
                    cancelled = true;
                    after.add(null);
                    boolean conditionFailed = error.type() == DynamoDbError.Type.CONDITIONAL_CHECK_FAILED;
                    reason.addProperty("Code", conditionFailed ? "ConditionalCheckFailed" : "ValidationError");
                    reason.addProperty("Message", error.getMessage());
                    if (conditionFailed && write.request().returnOnFailure() && old != null) {
                        reason.add("Item", JsonParser.parseString(ItemJson.writeItem(old)));
                    }
                }
                reasons.add(reason);
            }
            if (cancelled) {
                throw cancellation(reasons);
            }
            WriteBatch batch = catalog.batch();
            for (int i = 0; i < checked.size(); i++) {
                WriteRequest.Checked write = checked.get(i);
                if (!write.request().kind().equals("ConditionCheck")) {
                    Map<String, Value> item = after.get(i);
                    write.table().write(write.key(), item == null ? null : StoredItem.of(item), batch);
                }
            }
            batch.log();
            if (token != null) {
                tokens.put(token, new TokenUse(transaction.request(), clock.instant()));
            }
            return answer(checked, before, after, capacityMode);
        } finally {
            locks.release();
        }
    }

    private static DynamoDbError cancellation(List<JsonObject> reasons) {
        JsonArray array = new JsonArray();
        List<String> codes = new ArrayList<>();
        reasons.forEach(reason -> {
            array.add(reason);
            codes.add(reason.get("Code").getAsString());
        });
        JsonObject extra = new JsonObject();
        extra.add("CancellationReasons", array);
        return new DynamoDbError(DynamoDbError.Type.TRANSACTION_CANCELED,
                "Transaction cancelled, please refer cancellation reasons for specific reasons " + codes, extra);
    }

    /** A token seen within ten minutes: the same request is answered without writing again; another is refused. */
    private boolean isRepeat(String token, String request) {
        Instant now = clock.instant();
        tokens.values().removeIf(use -> use.at().plus(TOKEN_LIFETIME).isBefore(now));
        TokenUse previous = tokens.get(token);
        if (previous == null) {
            return false;
        }
        if (!previous.request().equals(request)) {
            throw new DynamoDbError(DynamoDbError.Type.IDEMPOTENT_PARAMETER_MISMATCH,
                    "Transaction request cannot include the same ClientRequestToken with different parameters");
        }
        return true;
    }

    private static String requestWithoutToken(JsonRequest request) {
        JsonObject copy = request.json().deepCopy();
        copy.remove("ClientRequestToken");
        copy.remove("ReturnConsumedCapacity");
        return copy.toString();
    }

    /** The answer to a repeated request: what the first one consumed is not known, so only the writes are counted. */
    private static String answer(List<WriteRequest.Checked> checked, String capacityMode) {
        List<Map<String, Value>> none = new ArrayList<>();
        checked.forEach(write -> none.add(null));
        return answer(checked, none, none, capacityMode);
    }

    private static String answer(List<WriteRequest.Checked> checked, List<Map<String, Value>> before,
                                 List<Map<String, Value>> after, String capacityMode) {
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            Table table = checked.get(i).table();
            ConsumedCapacity used = ItemWriter.capacity(table, new ItemWriter.Outcome(before.get(i), after.get(i)),
                    TRANSACTION_COST);
            capacities.computeIfAbsent(table.definition().name(), ConsumedCapacity::new).add(used);
        }
        JsonText out = new JsonText().beginObject();
        BatchOperations.writeCapacities(out, new ArrayList<>(capacities.values()), capacityMode);
        return out.endObject().toString();
    }

    public static Get readGet(JsonRequest request) {
        List<String> tables = new ArrayList<>();
        List<Map<String, Value>> keys = new ArrayList<>();
        List<List<Path>> projections = new ArrayList<>();
        for (JsonElement element : request.array("TransactItems")) {
            JsonRequest get = new JsonRequest(element.getAsJsonObject().getAsJsonObject("Get"));
            ExpressionParameters.check(get, List.of("ProjectionExpression"), List.of());
            keys.add(ItemJson.readItem(get.object("Key")));
            projections.add(RequestExpressions.parse(get).projection());
            tables.add(get.string("TableName"));
        }
        return new Get(tables, keys, projections, ConsumedCapacity.mode(request));
    }

    public String get(Get get) {
        List<ItemLocks.ItemRef> refs = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (int i = 0; i < get.tables().size(); i++) {
            Table table = catalog.require(get.tables().get(i));
            Map<String, Value> checkedKey = table.keySchema().checkKey(get.keys().get(i), ItemOperations.KEY_MISMATCH);
            if (!seen.add(List.of(table.definition().id(), List.copyOf(checkedKey.values())))) {
                throw DynamoDbError.validation("Transaction request cannot include multiple operations on one item");
            }
            refs.add(new ItemLocks.ItemRef(table, checkedKey));
        }
        List<List<Path>> projections = get.projections();
        String capacityMode = get.capacityMode();
        JsonText out = new JsonText().beginObject().name("Responses").beginArray();
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        ItemLocks locks = ItemLocks.lock(refs);
        try {
            for (int i = 0; i < refs.size(); i++) {
                Table table = refs.get(i).table();
                StoredItem item = table.get(refs.get(i).key()).orElse(null);
                out.beginObject();
                if (item != null) {
                    var projection = projections.get(i);
                    ItemJson.writeItem(out.name("Item"), projection == null ? item.item()
                            : Projection.apply(item.item(), projection));
                }
                out.endObject();
                capacities.computeIfAbsent(table.definition().name(), ConsumedCapacity::new)
                        .addTable(ConsumedCapacity.readUnits(item == null ? 0 : item.size(), true) * TRANSACTION_COST);
            }
        } finally {
            locks.release();
        }
        out.endArray();
        BatchOperations.writeCapacities(out, new ArrayList<>(capacities.values()), capacityMode);
        return out.endObject().toString();
    }
}
