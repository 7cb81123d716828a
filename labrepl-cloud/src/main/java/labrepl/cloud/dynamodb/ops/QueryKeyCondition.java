package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.Operand;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;

/**
 * A KeyConditionExpression read against a key schema: one partition value and at most one
 * condition on the sort key, turned into a range of sort positions [lower, upper).
 */
final class QueryKeyCondition {

    /** One condition on one key attribute; {@code operator} is =, <, <=, >, >=, BETWEEN or begins_with. */
    private record KeyTerm(String attribute, String operator, List<Value> values) {
    }

    private final byte[] lower;
    private final byte[] upper;
    private final Value partition;

    private QueryKeyCondition(byte[] lower, byte[] upper, Value partition) {
        this.lower = lower;
        this.upper = upper;
        this.partition = partition;
    }

    static QueryKeyCondition read(Condition condition, KeySchema schema) {
        List<KeyTerm> terms = new ArrayList<>();
        if (condition != null) { // null: an empty KeyConditions
            collect(condition, terms);
        }
        if (terms.isEmpty() || terms.size() > 2) {
            throw DynamoDbError.validation("Conditions can be of length 1 or 2 only");
        }
        Map<String, KeyTerm> byAttribute = new LinkedHashMap<>();
        for (KeyTerm term : terms) {
            if (byAttribute.put(term.attribute(), term) != null) {
                throw DynamoDbError.validation("KeyConditionExpressions must only contain one condition per key");
            }
        }
        if (schema.sortKey().isEmpty() && byAttribute.size() > 1) {
            throw DynamoDbError.validation("Query key condition not supported");
        }
        for (KeyAttribute attribute : schema.attributes()) {
            boolean isPartition = attribute == schema.partition();
            KeyTerm term = byAttribute.get(attribute.name());
            if (term == null) {
                if (isPartition || byAttribute.size() > 1) {
                    throw DynamoDbError.validation("Query condition missed key schema element: " + attribute.name());
                }
                continue;
            }
            if (term.values().stream().anyMatch(v -> !v.type().equals(attribute.type().name()))) {
                throw DynamoDbError.invalidParameter("Condition parameter type does not match schema type");
            }
            if (isPartition && !term.operator().equals("=")) {
                throw DynamoDbError.validation("Query key condition not supported");
            }
        }
        Value partition = byAttribute.get(schema.partition().name()).values().get(0);
        KeyTerm sort = schema.sortKey().map(s -> byAttribute.get(s.name())).orElse(null);
        byte[] whole = schema.encodePartition(partition);
        byte[] lower = whole;
        byte[] upper = successor(whole);
        if (sort != null) {
            byte[] first = schema.encodeSort(partition, sort.values().get(0));
            switch (sort.operator()) {
                case "=" -> {
                    lower = first;
                    upper = successor(first);
                }
                case "<" -> upper = first;
                case "<=" -> upper = successor(first);
                case ">" -> lower = successor(first);
                case ">=" -> lower = first;
                case "BETWEEN" -> {
                    lower = first;
                    upper = successor(schema.encodeSort(partition, sort.values().get(1)));
                }
                default -> {
                    byte[] prefix = schema.encodeSortPrefix(partition, sort.values().get(0));
                    lower = prefix;
                    upper = successor(prefix);
                }
            }
        }
        return new QueryKeyCondition(lower, upper, partition);
    }

    /** The AND-ed terms of the condition, each on one key attribute. */
    private static void collect(Condition condition, List<KeyTerm> terms) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), terms);
            collect(and.right(), terms);
        } else if (condition instanceof Condition.Or) {
            throw invalidOperator("OR");
        } else if (condition instanceof Condition.Not) {
            throw invalidOperator("NOT");
        } else if (condition instanceof Condition.In) {
            throw invalidOperator("IN");
        } else if (condition instanceof Condition.Comparison comparison) {
            if (comparison.operator().equals("<>")) {
                throw invalidOperator("<>");
            }
            terms.add(comparisonTerm(comparison));
        } else if (condition instanceof Condition.Between between) {
            String attribute = keyAttribute(between.value(), "BETWEEN");
            terms.add(new KeyTerm(attribute, "BETWEEN", List.of(value(between.lower()), value(between.upper()))));
        } else {
            Operand.FunctionCall call = ((Condition.FunctionCondition) condition).call();
            if (!call.name().equals("begins_with")) {
                throw invalidOperator(call.name());
            }
            String attribute = keyAttribute(call.arguments().get(0), "begins_with");
            terms.add(new KeyTerm(attribute, "begins_with", List.of(value(call.arguments().get(1)))));
        }
    }

    private static KeyTerm comparisonTerm(Condition.Comparison comparison) {
        Operand left = comparison.left();
        Operand right = comparison.right();
        if (left instanceof Operand.FunctionCall || right instanceof Operand.FunctionCall) {
            throw DynamoDbError.validation("KeyConditionExpressions cannot contain nested operations");
        }
        boolean leftIsPath = left instanceof Operand.PathOperand;
        boolean rightIsPath = right instanceof Operand.PathOperand;
        if (leftIsPath && rightIsPath) {
            throw DynamoDbError.validation(
                    "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
        }
        if (!leftIsPath && !rightIsPath) {
            throw DynamoDbError.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        String operator = comparison.operator();
        if (!leftIsPath) { // ":v < a" is "a > :v"
            operator = switch (operator) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> operator;
            };
        }
        Operand path = leftIsPath ? left : right;
        return new KeyTerm(topLevel(((Operand.PathOperand) path).path()), operator, List.of(value(leftIsPath ? right : left)));
    }

    private static String keyAttribute(Operand operand, String operator) {
        if (!(operand instanceof Operand.PathOperand path)) {
            throw DynamoDbError.validation("Invalid condition in KeyConditionExpression: " + operator
                    + " operator must have the key attribute as its first operand");
        }
        return topLevel(path.path());
    }

    private static String topLevel(Path path) {
        if (!path.isTopLevel()) {
            throw DynamoDbError.validation("KeyConditionExpressions cannot have conditions on nested attributes");
        }
        return path.attribute();
    }

    private static Value value(Operand operand) {
        if (operand instanceof Operand.ValueOperand value) {
            return value.value();
        }
        if (operand instanceof Operand.FunctionCall) {
            throw DynamoDbError.validation("KeyConditionExpressions cannot contain nested operations");
        }
        throw DynamoDbError.validation(
                "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
    }

    private static DynamoDbError invalidOperator(String operator) {
        return DynamoDbError.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    /** The smallest byte string greater than every string that starts with {@code prefix}. */
    static byte[] successor(byte[] prefix) {
        int end = prefix.length;
        while (end > 0 && prefix[end - 1] == (byte) 0xFF) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        byte[] next = Arrays.copyOf(prefix, end);
        next[end - 1]++;
        return next;
    }

    Value partition() {
        return partition;
    }

    /** Where a forward read starts (inclusive). */
    byte[] lower() {
        return lower;
    }

    /** Where a backward read starts (exclusive); null is the end of the key space. */
    byte[] upper() {
        return upper;
    }

    boolean contains(byte[] position) {
        return Arrays.compareUnsigned(position, lower) >= 0
                && (upper == null || Arrays.compareUnsigned(position, upper) < 0);
    }
}
