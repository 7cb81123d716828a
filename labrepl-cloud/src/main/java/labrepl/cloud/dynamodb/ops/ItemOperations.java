package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/** PutItem, GetItem, DeleteItem and UpdateItem: one item each, named by its key. */
public final class ItemOperations {

    static final String KEY_MISMATCH = "The provided key element does not match the schema";
    /** In the order DynamoDB lists them in its message. */
    static final List<String> RETURN_VALUES = List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");
    static final List<String> RETURN_ON_FAILURE = List.of("ALL_OLD", "NONE");

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public ItemOperations(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String putItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        JsonObject itemJson = request.object("Item");
        constraints.notNull("item", itemJson);
        WriteOptions options = WriteOptions.read(request, constraints);
        constraints.throwIfViolated();
        RequestExpressions expressions = RequestExpressions.read(request, "ConditionExpression");
        options.checkOldOnly();
        Map<String, Value> item = ItemJson.readItem(itemJson);
        ItemWriter.checkPutSize(item);
        Table table = catalog.require(name);
        Map<String, Value> key = table.keySchema().keyOfNewItem(item);
        ItemWriter.checkIndexKeys(table, item);
        ItemWriter.Outcome outcome = ItemWriter.write(table, key, expressions.condition(), options.returnOnFailure(),
                old -> item);
        return options.respond(table, outcome, null);
    }

    public String getItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        JsonObject keyJson = request.object("Key");
        constraints.notNull("key", keyJson);
        String capacityMode = ConsumedCapacity.mode(request, constraints);
        constraints.throwIfViolated();
        RequestExpressions expressions = RequestExpressions.read(request, "ProjectionExpression");
        Map<String, Value> key = ItemJson.readItem(keyJson);
        Table table = catalog.require(name);
        StoredItem found = table.get(table.keySchema().checkKey(key, KEY_MISMATCH)).orElse(null);
        JsonText out = new JsonText().beginObject();
        if (found != null) {
            out.name("Item");
            if (expressions.projection() == null) {
                out.raw(found.json());
            } else {
                ItemJson.writeItem(out, Projection.apply(found.item(), expressions.projection()));
            }
        }
        ConsumedCapacity capacity = new ConsumedCapacity(table.definition().name());
        capacity.addTable(ConsumedCapacity.readUnits(found == null ? 0 : found.size(),
                Boolean.TRUE.equals(request.bool("ConsistentRead"))));
        capacity.writeMember(out, capacityMode);
        return out.endObject().toString();
    }

    public String deleteItem(JsonRequest request) {
        KeyedWrite write = readKeyedWrite(request, true, "ConditionExpression");
        ItemWriter.Outcome outcome = ItemWriter.write(write.table(), write.key(), write.expressions().condition(),
                write.options().returnOnFailure(), old -> null);
        return write.options().respond(write.table(), outcome, null);
    }

    /** UpdateItem: creates the item from its key when it does not exist. */
    public String updateItem(JsonRequest request) {
        KeyedWrite write = readKeyedWrite(request, false, "UpdateExpression", "ConditionExpression");
        Table table = write.table();
        List<UpdateAction> actions = write.expressions().update() == null ? List.of() : write.expressions().update();
        ItemUpdates.checkKeysUntouched(actions, table.keySchema());
        ItemWriter.Outcome outcome = ItemWriter.write(table, write.key(), write.expressions().condition(),
                write.options().returnOnFailure(), old -> ItemUpdates.updated(table, write.key(), old, actions));
        return write.options().respond(table, outcome, actions.stream().map(UpdateAction::path).toList());
    }

    /** A DeleteItem or UpdateItem, read and checked up to its item's key. */
    private record KeyedWrite(Table table, Map<String, Value> key, WriteOptions options, RequestExpressions expressions) {
    }

    private KeyedWrite readKeyedWrite(JsonRequest request, boolean oldOnly, String... expressionMembers) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        JsonObject keyJson = request.object("Key");
        constraints.notNull("key", keyJson);
        WriteOptions options = WriteOptions.read(request, constraints);
        constraints.throwIfViolated();
        RequestExpressions expressions = RequestExpressions.read(request, expressionMembers);
        if (oldOnly) {
            options.checkOldOnly();
        }
        Map<String, Value> key = ItemJson.readItem(keyJson);
        Table table = catalog.require(name);
        return new KeyedWrite(table, table.keySchema().checkKey(key, KEY_MISMATCH), options, expressions);
    }

    /** Checks the size an update leaves an item with. */
    static void checkUpdatedSize(Map<String, Value> item) {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbError.validation("Item size to update has exceeded the maximum allowed size");
        }
    }
}
