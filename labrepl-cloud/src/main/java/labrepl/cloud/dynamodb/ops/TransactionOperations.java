package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
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
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
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

    private static final int MAX_ITEMS = 100;
    /** DynamoDB remembers a ClientRequestToken for ten minutes. */
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final double TRANSACTION_COST = 2;

    private record TokenUse(String request, Instant at) {
    }

    private final TableCatalog catalog;
    private final CloudIdentity identity;
    private final Clock clock;
    private final Map<String, TokenUse> tokens = new ConcurrentHashMap<>();

    public TransactionOperations(TableCatalog catalog, CloudIdentity identity, Clock clock) {
        this.catalog = catalog;
        this.identity = identity;
        this.clock = clock;
    }

    public String transactWriteItems(JsonRequest request) {
        Constraints constraints = new Constraints();
        JsonArray items = request.array("TransactItems");
        constraints.notNull("transactItems", items);
        String token = request.string("ClientRequestToken");
        constraints.length("clientRequestToken", token, 1, 36);
        String capacityMode = ConsumedCapacity.mode(request, constraints);
        List<JsonRequest> elements = KeySchemaReader.list(items);
        if (items != null) {
            constraints.size("transactItems", elements, 1, MAX_ITEMS, items.toString());
        }
        constraints.throwIfViolated();
        List<WriteRequest> writes = new ArrayList<>();
        elements.forEach(element -> writes.add(WriteRequest.readTransactElement(element, identity)));
        List<WriteRequest.Checked> checked = WriteRequest.checkAll(writes, catalog,
                "Transaction request cannot include multiple operations on one item");
        if (token != null && isRepeat(token, requestWithoutToken(request))) {
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
                tokens.put(token, new TokenUse(requestWithoutToken(request), clock.instant()));
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

    public String transactGetItems(JsonRequest request) {
        Constraints constraints = new Constraints();
        JsonArray items = request.array("TransactItems");
        constraints.notNull("transactItems", items);
        String capacityMode = ConsumedCapacity.mode(request, constraints);
        List<JsonRequest> elements = KeySchemaReader.list(items);
        if (items != null) {
            constraints.size("transactItems", elements, 1, MAX_ITEMS, items.toString());
        }
        constraints.throwIfViolated();
        List<ItemLocks.ItemRef> refs = new ArrayList<>();
        List<RequestExpressions> projections = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (JsonRequest element : elements) {
            JsonObject getJson = element.object("Get");
            if (getJson == null) {
                throw DynamoDbError.validation("TransactItems can only contain Get");
            }
            JsonRequest get = new JsonRequest(getJson);
            Constraints getConstraints = new Constraints();
            String name = TableNames.read(get.string("TableName"), identity, getConstraints);
            getConstraints.notNull("key", get.object("Key")).throwIfViolated();
            projections.add(RequestExpressions.read(get, "ProjectionExpression"));
            Map<String, Value> key = ItemJson.readItem(get.object("Key"));
            Table table = catalog.require(name);
            Map<String, Value> checkedKey = table.keySchema().checkKey(key, ItemOperations.KEY_MISMATCH);
            if (!seen.add(List.of(table.definition().id(), List.copyOf(checkedKey.values())))) {
                throw DynamoDbError.validation("Transaction request cannot include multiple operations on one item");
            }
            refs.add(new ItemLocks.ItemRef(table, checkedKey));
        }
        JsonText out = new JsonText().beginObject().name("Responses").beginArray();
        Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
        ItemLocks locks = ItemLocks.lock(refs);
        try {
            for (int i = 0; i < refs.size(); i++) {
                Table table = refs.get(i).table();
                StoredItem item = table.get(refs.get(i).key()).orElse(null);
                out.beginObject();
                if (item != null) {
                    var projection = projections.get(i).projection();
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
