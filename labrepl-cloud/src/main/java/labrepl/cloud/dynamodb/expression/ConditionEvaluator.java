package labrepl.cloud.dynamodb.expression;

import java.util.Arrays;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.item.Values;

/**
 * Decides whether an item satisfies a condition. A missing attribute makes comparisons
 * false (and {@code <>} true); values of different types are never equal and never ordered.
 */
public final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    /** {@code item} is empty when there is no item. */
    public static boolean matches(Condition condition, Map<String, Value> item) {
        if (condition instanceof Condition.And and) {
            return matches(and.left(), item) && matches(and.right(), item);
        }
        if (condition instanceof Condition.Or or) {
            return matches(or.left(), item) || matches(or.right(), item);
        }
        if (condition instanceof Condition.Not not) {
            return !matches(not.condition(), item);
        }
        if (condition instanceof Condition.Comparison comparison) {
            return compare(comparison.operator(), value(comparison.left(), item), value(comparison.right(), item));
        }
        if (condition instanceof Condition.Between between) {
            Value value = value(between.value(), item);
            return compare(">=", value, value(between.lower(), item)) && compare("<=", value, value(between.upper(), item));
        }
        if (condition instanceof Condition.In in) {
            Value value = value(in.value(), item);
            return value != null && in.candidates().stream().anyMatch(c -> value.equals(value(c, item)));
        }
        return function(((Condition.FunctionCondition) condition).call(), item);
    }

    private static boolean compare(String operator, Value left, Value right) {
        if (operator.equals("=")) {
            return left != null && left.equals(right);
        }
        if (operator.equals("<>")) {
            return left == null || !left.equals(right);
        }
        if (left == null || right == null || !Values.comparable(left, right)) {
            return false;
        }
        int order = Values.compare(left, right);
        return switch (operator) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private static boolean function(Operand.FunctionCall call, Map<String, Value> item) {
        Value first = value(call.arguments().get(0), item);
        Value second = call.arguments().size() > 1 ? value(call.arguments().get(1), item) : null;
        return switch (call.name()) {
            case "attribute_exists" -> first != null;
            case "attribute_not_exists" -> first == null;
            case "attribute_type" -> first != null && second instanceof Value.S type && first.type().equals(type.value());
            case "begins_with" -> beginsWith(first, second);
            case "contains" -> contains(first, second);
            default -> throw new IllegalStateException("Not a condition function: " + call.name());
        };
    }

    private static boolean beginsWith(Value value, Value prefix) {
        if (value instanceof Value.S s && prefix instanceof Value.S p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof Value.B b && prefix instanceof Value.B p) {
            return b.value().length >= p.value().length
                    && Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
        }
        return false;
    }

    private static boolean contains(Value container, Value member) {
        if (container == null || member == null) {
            return false;
        }
        if (container instanceof Value.S s && member instanceof Value.S m) {
            return s.value().contains(m.value());
        }
        if (container instanceof Value.B bytes && member instanceof Value.B m) {
            return indexOf(bytes.value(), m.value()) >= 0;
        }
        if (container instanceof Value.SS set && member instanceof Value.S m) {
            return set.value().contains(m.value());
        }
        if (container instanceof Value.NS set && member instanceof Value.N m) {
            return set.value().contains(m.value());
        }
        if (container instanceof Value.BS set && member instanceof Value.B m) {
            return set.value().stream().anyMatch(bytes -> Arrays.equals(bytes, m.value()));
        }
        if (container instanceof Value.L list) {
            return list.value().contains(member);
        }
        return false;
    }

    private static int indexOf(byte[] container, byte[] part) {
        for (int i = 0; i + part.length <= container.length; i++) {
            if (Arrays.equals(container, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The operand's value for this item, or null when it refers to something missing. */
    static Value value(Operand operand, Map<String, Value> item) {
        if (operand instanceof Operand.PathOperand path) {
            return DocumentPaths.get(item, path.path());
        }
        if (operand instanceof Operand.ValueOperand value) {
            return value.value();
        }
        if (operand instanceof Operand.FunctionCall call && call.name().equals("size")) {
            Value value = value(call.arguments().get(0), item);
            return value == null ? null : size(value);
        }
        throw new IllegalStateException("Not a condition operand: " + operand);
    }

    private static Value size(Value value) {
        long size;
        if (value instanceof Value.S s) {
            size = s.value().length();
        } else if (value instanceof Value.B b) {
            size = b.value().length;
        } else if (value instanceof Value.SS set) {
            size = set.value().size();
        } else if (value instanceof Value.NS set) {
            size = set.value().size();
        } else if (value instanceof Value.BS set) {
            size = set.value().size();
        } else if (value instanceof Value.L list) {
            size = list.value().size();
        } else if (value instanceof Value.M map) {
            size = map.value().size();
        } else {
            return null;
        }
        return new Value.N(Long.toString(size));
    }
}
