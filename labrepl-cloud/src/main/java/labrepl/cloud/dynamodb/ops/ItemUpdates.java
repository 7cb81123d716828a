package labrepl.cloud.dynamodb.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Operand;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.expression.UpdateApplier;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.Table;

/** What UpdateItem and a transaction's Update share: the checks on the actions and the updated item. */
final class ItemUpdates {

    private ItemUpdates() {
    }

    /**
     * The item an update leaves: the actions applied to the item, or to its bare key when there is
     * none. An update that only removes or deletes from an item that does not exist leaves none.
     */
    static Map<String, Value> updated(Table table, Map<String, Value> key, Map<String, Value> old,
                                      List<UpdateAction> actions) {
        if (old == null && !actions.isEmpty() && actions.stream().allMatch(ItemUpdates::onlyTakesAway)) {
            return null;
        }
        Map<String, Value> start = old != null ? old : new LinkedHashMap<>(key);
        Map<String, Value> result = UpdateApplier.apply(actions, start);
        ItemOperations.checkUpdatedSize(result);
        ItemWriter.checkIndexKeys(table, result);
        return result;
    }

    private static boolean onlyTakesAway(UpdateAction action) {
        return action instanceof UpdateAction.Remove || action instanceof UpdateAction.Delete;
    }

    /**
     * Before the item is read: no action may change a key attribute, a value set on an index key
     * attribute must have its type, and no path may reach into a key attribute.
     */
    static void checkKeysUntouched(List<UpdateAction> actions, Table table) {
        for (KeyAttribute key : table.keySchema().attributes()) {
            if (actions.stream().anyMatch(action -> action.path().attribute().equals(key.name()))) {
                throw DynamoDbError.invalidParameter("Cannot update attribute " + key.name()
                        + ". This attribute is part of the key");
            }
        }
        for (IndexDefinition index : table.definition().indexes()) {
            for (KeyAttribute key : index.keySchema().attributes()) {
                for (UpdateAction action : actions) {
                    String given = literalType(action);
                    if (action.path().isTopLevel() && action.path().attribute().equals(key.name()) && given != null
                            && !given.equals(key.type().name())) {
                        throw DynamoDbError.invalidParameter("Type mismatch for Index Key " + key.name() + " Expected: "
                                + key.type() + " Actual: " + given + " IndexName: " + index.name());
                    }
                }
            }
        }
        ScalarKeyPaths.check(table, actions.stream().map(UpdateAction::path).toList());
    }

    /** The type a SET or ADD writes when it writes a value given in the request. */
    private static String literalType(UpdateAction action) {
        Operand operand = action instanceof UpdateAction.Set set ? set.value()
                : action instanceof UpdateAction.Add add ? add.value() : null;
        return operand instanceof Operand.ValueOperand value && value.value() != null ? value.value().type() : null;
    }
}
