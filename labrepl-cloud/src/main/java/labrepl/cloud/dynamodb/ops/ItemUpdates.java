package labrepl.cloud.dynamodb.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.expression.UpdateApplier;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.Table;

/** What UpdateItem and a transaction's Update share: the checks on the actions and the updated item. */
final class ItemUpdates {

    private ItemUpdates() {
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
