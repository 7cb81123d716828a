package labrepl.cloud.dynamodb.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import labrepl.cloud.dynamodb.item.DynamoNumber;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * Applies an UpdateExpression's actions to an item. Every operand is read from the item as
 * it was before the update, as DynamoDB does; then SET, REMOVE, ADD and DELETE are applied.
 */
public final class UpdateApplier {

    private UpdateApplier() {
    }

    /**
     * The updated item; {@code item} is the current item (empty when there is none) and is not
     * changed. {@code typeMismatch}: the message for an ADD or DELETE on a value of another type,
     * which the older AttributeUpdates words differently from an UpdateExpression.
     */
    public static Map<String, Value> apply(List<UpdateAction> actions, Map<String, Value> item, String typeMismatch) {
        List<Value> setValues = new ArrayList<>();
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                setValues.add(evaluate(set.value(), item));
            }
        }
        PendingAppends appends = new PendingAppends();
        Map<String, Value> result = item;
        int next = 0;
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                result = appends.write(result, set.path(), setValues.get(next++));
            }
        }
        for (UpdateAction action : removalsLastIndexFirst(actions)) {
            result = DocumentPaths.remove(result, action.path());
        }
        for (UpdateAction action : actions) {
            if ((action instanceof UpdateAction.Add || action instanceof UpdateAction.Delete)
                    && !DocumentPaths.hasParent(result, action.path())) {
                throw DocumentPaths.invalidPath();
            }
            if (action instanceof UpdateAction.Add add) {
                result = appends.write(result, add.path(), added(DocumentPaths.get(result, add.path()),
                        add.value().value(), typeMismatch));
            } else if (action instanceof UpdateAction.Delete delete) {
                Value current = DocumentPaths.get(result, delete.path());
                if (current != null) {
                    Value remaining = withoutMembers(current, delete.value().value(), typeMismatch);
                    result = remaining == null ? DocumentPaths.remove(result, delete.path())
                            : DocumentPaths.set(result, delete.path(), remaining);
                }
            }
        }
        return appends.appendTo(result);
    }

    /**
     * Writes to list positions past the end of a list. DynamoDB puts each at its position in the
     * list and closes the gaps once the whole update is applied, so {@code c[4]} and then {@code
     * c[2]} on a two-element list end up in index order, whatever order they were written in.
     */
    private static final class PendingAppends {
        private final Map<Path, TreeMap<Integer, Value>> byList = new LinkedHashMap<>();

        Map<String, Value> write(Map<String, Value> item, Path path, Value value) {
            List<Path.Element> elements = path.elements();
            if (elements.get(elements.size() - 1) instanceof Path.Index index && !path.isTopLevel()) {
                Path list = new Path(elements.subList(0, elements.size() - 1));
                if (DocumentPaths.get(item, list) instanceof Value.L current && index.index() >= current.value().size()) {
                    byList.computeIfAbsent(list, l -> new TreeMap<>()).put(index.index(), value);
                    return item;
                }
            }
            return DocumentPaths.set(item, path, value);
        }

        Map<String, Value> appendTo(Map<String, Value> item) {
            Map<String, Value> result = item;
            for (Map.Entry<Path, TreeMap<Integer, Value>> pending : byList.entrySet()) {
                if (DocumentPaths.get(result, pending.getKey()) instanceof Value.L list) {
                    List<Value> values = new ArrayList<>(list.value());
                    values.addAll(pending.getValue().values());
                    result = DocumentPaths.set(result, pending.getKey(), new Value.L(values));
                }
            }
            return result;
        }
    }

    /** Removing list elements from the highest index down keeps the lower indexes meaning what they meant. */
    private static List<UpdateAction> removalsLastIndexFirst(List<UpdateAction> actions) {
        List<UpdateAction> removals = new ArrayList<>(actions.stream().filter(a -> a instanceof UpdateAction.Remove).toList());
        removals.sort(Comparator.comparingInt(UpdateApplier::lastIndex).reversed());
        return removals;
    }

    private static int lastIndex(UpdateAction action) {
        List<Path.Element> elements = action.path().elements();
        return elements.get(elements.size() - 1) instanceof Path.Index index ? index.index() : -1;
    }

    private static Value evaluate(Operand operand, Map<String, Value> item) {
        if (operand instanceof Operand.ValueOperand value) {
            return value.value();
        }
        if (operand instanceof Operand.PathOperand path) {
            Value value = DocumentPaths.get(item, path.path());
            if (value == null) {
                throw DynamoDbError.validation("The provided expression refers to an attribute that does not exist in the item");
            }
            return value;
        }
        if (operand instanceof Operand.Arithmetic arithmetic) {
            BigDecimal left = number(evaluate(arithmetic.left(), item));
            BigDecimal right = number(evaluate(arithmetic.right(), item));
            BigDecimal result = arithmetic.operator() == '+' ? left.add(right) : left.subtract(right);
            return new Value.N(DynamoNumber.format(DynamoNumber.check(result)));
        }
        Operand.FunctionCall call = (Operand.FunctionCall) operand;
        if (call.name().equals("if_not_exists")) {
            Value existing = DocumentPaths.get(item, ((Operand.PathOperand) call.arguments().get(0)).path());
            return existing != null ? existing : evaluate(call.arguments().get(1), item);
        }
        List<Value> appended = new ArrayList<>(list(evaluate(call.arguments().get(0), item)));
        appended.addAll(list(evaluate(call.arguments().get(1), item)));
        return new Value.L(appended);
    }

    private static BigDecimal number(Value value) {
        if (value instanceof Value.N n) {
            return n.decimal();
        }
        throw wrongType();
    }

    private static List<Value> list(Value value) {
        if (value instanceof Value.L l) {
            return l.value();
        }
        throw wrongType();
    }

    /** ADD: a number is added to, a set gains members; a missing attribute starts from the value. */
    private static Value added(Value current, Value addition, String typeMismatch) {
        if (current == null) {
            return addition;
        }
        if (current instanceof Value.N n && addition instanceof Value.N m) {
            return new Value.N(DynamoNumber.format(DynamoNumber.check(n.decimal().add(m.decimal()))));
        }
        if (current instanceof Value.SS s && addition instanceof Value.SS m) {
            return new Value.SS(union(s.value(), m.value()));
        }
        if (current instanceof Value.NS s && addition instanceof Value.NS m) {
            return new Value.NS(union(s.value(), m.value()));
        }
        if (current instanceof Value.BS s && addition instanceof Value.BS m) {
            List<byte[]> members = new ArrayList<>(s.value());
            m.value().stream().filter(b -> s.value().stream().noneMatch(x -> Arrays.equals(x, b))).forEach(members::add);
            return new Value.BS(members);
        }
        throw DynamoDbError.validation(typeMismatch);
    }

    /** DELETE: the set without the given members, or null when none remain. */
    private static Value withoutMembers(Value current, Value members, String typeMismatch) {
        if (current instanceof Value.SS s && members instanceof Value.SS m) {
            List<String> left = s.value().stream().filter(x -> !m.value().contains(x)).toList();
            return left.isEmpty() ? null : new Value.SS(left);
        }
        if (current instanceof Value.NS s && members instanceof Value.NS m) {
            List<String> left = s.value().stream().filter(x -> !m.value().contains(x)).toList();
            return left.isEmpty() ? null : new Value.NS(left);
        }
        if (current instanceof Value.BS s && members instanceof Value.BS m) {
            List<byte[]> left = s.value().stream()
                    .filter(x -> m.value().stream().noneMatch(b -> Arrays.equals(x, b))).toList();
            return left.isEmpty() ? null : new Value.BS(left);
        }
        throw DynamoDbError.validation(typeMismatch);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> members = new LinkedHashSet<>(a);
        members.addAll(b);
        return new ArrayList<>(members);
    }

    /** The message for an operand of the wrong type in an UpdateExpression. */
    public static final String INCORRECT_OPERAND = "An operand in the update expression has an incorrect data type";

    private static DynamoDbError wrongType() {
        return DynamoDbError.validation(INCORRECT_OPERAND);
    }
}
