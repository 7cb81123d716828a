package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.expression.UpdateApplier;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * UpdateItem: applies an UpdateExpression to an item, creating it from its key when it does
 * not exist, under the item's lock so the condition and the update see the same item.
 */
public final class UpdateItemOperation {

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public UpdateItemOperation(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String updateItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        JsonObject keyJson = request.object("Key");
        constraints.notNull("key", keyJson);
        WriteOptions options = WriteOptions.read(request, constraints);
        constraints.throwIfViolated();
        Unsupported.reject(request, "AttributeUpdates", "Expected", "ConditionalOperator");
        RequestExpressions expressions = RequestExpressions.read(request, "UpdateExpression", "ConditionExpression");
        Map<String, Value> key = ItemJson.readItem(keyJson);
        Table table = catalog.require(name);
        Map<String, Value> checkedKey = table.keySchema().checkKey(key, ItemOperations.KEY_MISMATCH);
        List<UpdateAction> actions = expressions.update() == null ? List.of() : expressions.update();
        checkKeysUntouched(actions, table.keySchema());
        ItemWriter.Outcome outcome = ItemWriter.write(table, checkedKey, expressions.condition(),
                options.returnOnFailure(), old -> updated(table, checkedKey, old, actions));
        List<Path> paths = actions.stream().map(UpdateAction::path).toList();
        return options.respond(table, outcome, paths);
    }

    /** The item an update leaves: the actions applied to the item, or to its bare key when there is none. */
    static Map<String, Value> updated(Table table, Map<String, Value> key, Map<String, Value> old,
                                     List<UpdateAction> actions) {
        Map<String, Value> start = old != null ? old : new LinkedHashMap<>(key);
        Map<String, Value> result = UpdateApplier.apply(actions, start);
        ItemOperations.checkUpdatedSize(result);
        ItemWriter.checkIndexKeys(table, result);
        return result;
    }

    static void checkKeysUntouched(List<UpdateAction> actions, KeySchema keys) {
        for (UpdateAction action : actions) {
            if (keys.has(action.path().attribute())) {
                throw DynamoDbError.invalidParameter("Cannot update attribute " + action.path().attribute()
                        + ". This attribute is part of the key");
            }
        }
    }
}
