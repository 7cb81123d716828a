package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.ConditionPaths;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.expression.UpdateApplier;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * PutItem, GetItem, DeleteItem and UpdateItem: one item each, named by its key. Each is read
 * (checked on its own, in DynamoDB's order) before its table is looked up.
 */
public final class ItemOperations {

    static final String KEY_MISMATCH = "The provided key element does not match the schema";

    /**
     * A PutItem, DeleteItem or UpdateItem as read: the table and what is written ({@code item} for a
     * put, {@code update} for an update, with the words for an ADD or DELETE on a value of another
     * type, which AttributeUpdates and an UpdateExpression put differently).
     */
    public record Write(String table, Map<String, Value> item, Map<String, Value> key, List<UpdateAction> update,
                        String typeMismatch, Condition condition, WriteOptions options) {
    }

    public record Get(String table, Map<String, Value> key, List<Path> projection, boolean consistent,
                      String capacityMode) {
    }

    private final TableCatalog catalog;

    public ItemOperations(TableCatalog catalog) {
        this.catalog = catalog;
    }

    public static Write readPut(JsonRequest request) {
        ExpressionParameters.check(request, List.of("ConditionExpression"), List.of("Expected"));
        Map<String, Value> item = ItemJson.readItem(request.object("Item"));
        WriteOptions options = WriteOptions.read(request).oldOnly();
        ItemWriter.checkPutSize(item);
        Condition expected = LegacyParameters.expected(request);
        RequestExpressions expressions = RequestExpressions.parse(request);
        return new Write(request.string("TableName"), item, null, null, null, either(expected, expressions.condition()),
                options);
    }

    public String put(Write put) {
        Table table = catalog.require(put.table());
        Map<String, Value> key = table.keySchema().keyOfNewItem(put.item());
        ItemWriter.checkIndexKeys(table, put.item());
        ItemWriter.Outcome outcome = ItemWriter.write(table, key, put.condition(), put.options().returnOnFailure(),
                old -> put.item());
        return put.options().respond(table, outcome, null);
    }

    public static Get readGet(JsonRequest request) {
        ExpressionParameters.check(request, List.of("ProjectionExpression"), List.of("AttributesToGet"));
        Map<String, Value> key = ItemJson.readItem(request.object("Key"));
        List<Path> attributes = LegacyParameters.attributesToGet(request);
        RequestExpressions expressions = RequestExpressions.parse(request);
        return new Get(request.string("TableName"), key, either(attributes, expressions.projection()),
                Boolean.TRUE.equals(request.bool("ConsistentRead")), ConsumedCapacity.mode(request));
    }

    public String get(Get get) {
        Table table = catalog.require(get.table());
        Map<String, Value> key = table.keySchema().checkKey(get.key(), KEY_MISMATCH);
        ScalarKeyPaths.check(table, get.projection());
        StoredItem found = table.get(key).orElse(null);
        JsonText out = new JsonText().beginObject();
        if (found != null) {
            out.name("Item");
            if (get.projection() == null) {
                out.raw(found.json());
            } else {
                ItemJson.writeItem(out, Projection.apply(found.item(), get.projection()));
            }
        }
        ConsumedCapacity capacity = new ConsumedCapacity(table.definition().name());
        capacity.addTable(ConsumedCapacity.readUnits(found == null ? 0 : found.size(), get.consistent()));
        capacity.writeMember(out, get.capacityMode());
        return out.endObject().toString();
    }

    public static Write readDelete(JsonRequest request) {
        ExpressionParameters.check(request, List.of("ConditionExpression"), List.of("Expected"));
        Map<String, Value> key = ItemJson.readItem(request.object("Key"));
        Condition expected = LegacyParameters.expected(request);
        RequestExpressions expressions = RequestExpressions.parse(request);
        WriteOptions options = WriteOptions.read(request).oldOnly();
        return new Write(request.string("TableName"), null, key, null, null, either(expected, expressions.condition()),
                options);
    }

    public String delete(Write delete) {
        Table table = catalog.require(delete.table());
        Map<String, Value> key = table.keySchema().checkKey(delete.key(), KEY_MISMATCH);
        ItemWriter.Outcome outcome = ItemWriter.write(table, key, delete.condition(), delete.options().returnOnFailure(),
                old -> null);
        return delete.options().respond(table, outcome, null);
    }

    public static Write readUpdate(JsonRequest request) {
        ExpressionParameters.check(request, List.of("UpdateExpression", "ConditionExpression"),
                List.of("AttributeUpdates", "Expected"));
        Map<String, Value> key = ItemJson.readItem(request.object("Key"));
        List<UpdateAction> attributeUpdates = LegacyParameters.attributeUpdates(request);
        Condition expected = LegacyParameters.expected(request);
        RequestExpressions expressions = RequestExpressions.parse(request);
        List<UpdateAction> actions = either(attributeUpdates, expressions.update());
        return new Write(request.string("TableName"), null, key, actions == null ? List.of() : actions,
                attributeUpdates != null ? "Type mismatch for attribute to update" : UpdateApplier.INCORRECT_OPERAND,
                either(expected, expressions.condition()), WriteOptions.read(request));
    }

    /** UpdateItem: creates the item from its key when it does not exist, unless the update only removes. */
    public String update(Write update) {
        Table table = catalog.require(update.table());
        Map<String, Value> key = table.keySchema().checkKey(update.key(), KEY_MISMATCH);
        ItemUpdates.checkKeysUntouched(update.update(), table);
        ItemWriter.Outcome outcome = ItemWriter.write(table, key, update.condition(), update.options().returnOnFailure(),
                old -> ItemUpdates.updated(table, key, old, update.update(), update.typeMismatch()));
        List<Path> updated = new ArrayList<>();
        update.update().forEach(action -> updated.add(action.path()));
        return update.options().respond(table, outcome, updated);
    }

    /** The older member's translation, or else the expression's (a request has at most one of the two). */
    static <T> T either(T legacy, T expression) {
        return legacy != null ? legacy : expression;
    }

    /** Checks the size an update leaves an item with. */
    static void checkUpdatedSize(Map<String, Value> item) {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbError.validation("Item size to update has exceeded the maximum allowed size");
        }
    }

    /** The paths a condition reads, for the scalar-key check. */
    static List<Path> paths(Condition condition) {
        return condition == null ? null : ConditionPaths.paths(condition);
    }
}
