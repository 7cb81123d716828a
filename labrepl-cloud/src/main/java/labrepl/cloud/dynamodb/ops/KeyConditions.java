package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.Operand;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * A KeyConditionExpression turned into the KeyConditions it stands for (one term per key
 * attribute, in the order written), with DynamoDB's messages for what a key condition cannot say.
 */
final class KeyConditions {

    private static final Map<String, String> OPERATORS = Map.of("=", "EQ", "<", "LT", "<=", "LE", ">", "GT",
            ">=", "GE");
    /** What {@code :v < a} means when turned around: {@code a > :v}. */
    private static final Map<String, String> MIRRORED = Map.of("=", "=", "<", ">", "<=", ">=", ">", "<", ">=", "<=");

    private KeyConditions() {
    }

    static Map<String, LegacyParameters.Term> fromExpression(Condition condition) {
        Map<String, LegacyParameters.Term> terms = new LinkedHashMap<>();
        collect(condition, terms);
        return terms;
    }

    private static void collect(Condition condition, Map<String, LegacyParameters.Term> terms) {
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
            List<Operand> operands = List.of(comparison.left(), comparison.right());
            int keyAt = keyOperand(operands);
            String operator = keyAt == 0 ? comparison.operator() : MIRRORED.get(comparison.operator());
            add(terms, operands.get(keyAt), OPERATORS.get(operator), List.of(operands.get(1 - keyAt)));
        } else if (condition instanceof Condition.Between between) {
            if (!(between.value() instanceof Operand.PathOperand)) {
                throw firstOperand("BETWEEN");
            }
            keyOperand(List.of(between.value(), between.lower(), between.upper()));
            add(terms, between.value(), "BETWEEN", List.of(between.lower(), between.upper()));
        } else {
            Operand.FunctionCall call = ((Condition.FunctionCondition) condition).call();
            switch (call.name()) {
                case "begins_with" -> {
                    if (!(call.arguments().get(0) instanceof Operand.PathOperand)) {
                        throw firstOperand("begins_with");
                    }
                    keyOperand(call.arguments());
                    add(terms, call.arguments().get(0), "BEGINS_WITH", call.arguments().subList(1, 2));
                }
                case "size" -> throw nested();
                default -> throw invalidOperator(call.name());
            }
        }
    }

    /** Which operand names the key attribute: exactly one may be a path, and no operand may be a function. */
    private static int keyOperand(List<Operand> operands) {
        int keyAt = -1;
        for (int i = 0; i < operands.size(); i++) {
            Operand operand = operands.get(i);
            if (operand instanceof Operand.PathOperand path) {
                if (keyAt >= 0) {
                    throw invalidCondition("Multiple attribute names used in one condition");
                }
                if (!path.path().isTopLevel()) {
                    throw DynamoDbError.validation("KeyConditionExpressions cannot have conditions on nested attributes");
                }
                keyAt = i;
            } else if (operand instanceof Operand.FunctionCall) {
                throw nested();
            }
        }
        if (keyAt < 0) {
            throw invalidCondition("No key attribute specified");
        }
        return keyAt;
    }

    private static void add(Map<String, LegacyParameters.Term> terms, Operand key, String operator, List<Operand> operands) {
        String attribute = ((Operand.PathOperand) key).path().attribute();
        if (terms.containsKey(attribute)) {
            throw DynamoDbError.validation("KeyConditionExpressions must only contain one condition per key");
        }
        List<Value> values = new ArrayList<>();
        operands.forEach(operand -> values.add(((Operand.ValueOperand) operand).value()));
        terms.put(attribute, new LegacyParameters.Term(operator, values));
    }

    private static DynamoDbError invalidOperator(String operator) {
        return DynamoDbError.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    private static DynamoDbError firstOperand(String operator) {
        return invalidCondition(operator + " operator must have the key attribute as its first operand");
    }

    private static DynamoDbError invalidCondition(String detail) {
        return DynamoDbError.validation("Invalid condition in KeyConditionExpression: " + detail);
    }

    private static DynamoDbError nested() {
        return DynamoDbError.validation("KeyConditionExpressions cannot contain nested operations");
    }
}
