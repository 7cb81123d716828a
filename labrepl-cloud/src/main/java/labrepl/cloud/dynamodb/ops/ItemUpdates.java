package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Operand;
import labrepl.cloud.dynamodb.expression.Path;
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
                                      List<UpdateAction> actions, String typeMismatch) {
        if (old == null && !actions.isEmpty() && actions.stream().allMatch(ItemUpdates::onlyTakesAway)) {
            return null;
        }
        Map<String, Value> start = old != null ? old : new LinkedHashMap<>(key);
        Map<String, Value> result = UpdateApplier.apply(actions, start, typeMismatch);
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set && action.path().isTopLevel()
                    && !indexKeyTypeFits(table, action.path().attribute(), result.get(action.path().attribute()))) {
                throw DynamoDbError.validation(
                        "The update expression attempted to update the secondary index key to unsupported type");
            }
        }
        ItemOperations.checkUpdatedSize(result);
        ItemWriter.checkIndexKeys(table, result);
        return result;
    }

    private static boolean indexKeyTypeFits(Table table, String attribute, Value value) {
        for (IndexDefinition index : table.definition().indexes()) {
            for (KeyAttribute key : index.keySchema().attributes()) {
                if (key.name().equals(attribute) && !value.type().equals(key.type().name())) {
                    return false;
                }
            }
        }
        return true;
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
        ScalarKeyPaths.check(table, paths(actions));
    }

    /** Every path an update names: those it changes and those its values read. */
    private static List<Path> paths(List<UpdateAction> actions) {
        List<Path> paths = new ArrayList<>();
        for (UpdateAction action : actions) {
            paths.add(action.path());
            if (action instanceof UpdateAction.Set set) {
                operandPaths(set.value(), paths);
            }
        }
        return paths;
    }

    private static void operandPaths(Operand operand, List<Path> paths) {
        if (operand instanceof Operand.PathOperand path) {
            paths.add(path.path());
        } else if (operand instanceof Operand.Arithmetic arithmetic) {
            operandPaths(arithmetic.left(), paths);
            operandPaths(arithmetic.right(), paths);
        } else if (operand instanceof Operand.FunctionCall call) {
            call.arguments().forEach(argument -> operandPaths(argument, paths));
        }
    }

    /** The type a SET or ADD is known to write before the item is read, or null. */
    private static String literalType(UpdateAction action) {
        Operand operand = action instanceof UpdateAction.Set set ? set.value()
                : action instanceof UpdateAction.Add add ? add.value() : null;
        return typeOf(operand);
    }

    private static String typeOf(Operand operand) {
        if (operand instanceof Operand.ValueOperand value) {
            return value.value() == null ? null : value.value().type();
        }
        if (operand instanceof Operand.Arithmetic) {
            return "N";
        }
        if (operand instanceof Operand.FunctionCall call) {
            return call.name().equals("list_append") ? "L"
                    : call.name().equals("if_not_exists") && call.arguments().size() == 2
                    ? typeOf(call.arguments().get(1)) : null;
        }
        return null;
    }
}
