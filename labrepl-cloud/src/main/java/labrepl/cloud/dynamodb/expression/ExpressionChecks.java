package labrepl.cloud.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.item.Values;

/**
 * The checks DynamoDB makes on a parsed expression before it touches an item: function
 * names and arities, functions used where they do not belong, operand types known from
 * literal values, identical operands, BETWEEN bounds, and overlapping document paths.
 */
final class ExpressionChecks {

    /** Condition functions and their number of operands. */
    private static final Map<String, Integer> CONDITION_FUNCTIONS = Map.of(
            "attribute_exists", 1, "attribute_not_exists", 1, "attribute_type", 2, "begins_with", 2, "contains", 2);
    private static final Map<String, Integer> UPDATE_FUNCTIONS = Map.of("if_not_exists", 2, "list_append", 2);
    private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M");
    private static final Map<String, String> TYPE_WORDS = Map.of("S", "STRING", "N", "NUMBER", "B", "BINARY",
            "NULL", "NULL", "BOOL", "BOOLEAN", "L", "LIST", "M", "MAP");

    private ExpressionChecks() {
    }

    // ---- conditions

    static void checkCondition(Condition condition, Problems problems) {
        if (condition instanceof Condition.And and) {
            checkCondition(and.left(), problems);
            checkCondition(and.right(), problems);
        } else if (condition instanceof Condition.Or or) {
            checkCondition(or.left(), problems);
            checkCondition(or.right(), problems);
        } else if (condition instanceof Condition.Not not) {
            checkCondition(not.condition(), problems);
        } else if (condition instanceof Condition.Comparison comparison) {
            conditionOperands(List.of(comparison.left(), comparison.right()), problems);
            checkDistinct(comparison.operator(), comparison.left(), comparison.right(), problems);
        } else if (condition instanceof Condition.Between between) {
            conditionOperands(List.of(between.value(), between.lower(), between.upper()), problems);
            checkBounds(between.lower(), between.upper(), problems);
        } else if (condition instanceof Condition.In in) {
            List<Operand> operands = new ArrayList<>(in.candidates());
            operands.add(0, in.value());
            conditionOperands(operands, problems);
        } else if (condition instanceof Condition.FunctionCondition function) {
            conditionFunction(function.call(), problems);
        }
    }

    private static void conditionFunction(Operand.FunctionCall call, Problems problems) {
        String name = call.name();
        if (name.equals("size") || UPDATE_FUNCTIONS.containsKey(name)) {
            misused(name, problems);
            return;
        }
        Integer arity = CONDITION_FUNCTIONS.get(name);
        if (arity == null) {
            problems.add(Problems.Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
            return;
        }
        conditionOperands(call.arguments(), problems);
        if (!checkArity(call, arity, problems)) {
            return;
        }
        List<Operand> args = call.arguments();
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> requirePath(call, problems);
            case "attribute_type" -> {
                requirePath(call, problems);
                Value type = literal(args.get(1));
                if (type != null && !(type instanceof Value.S)) {
                    operandType(name, type.type(), problems);
                } else if (type != null && !TYPE_NAMES.contains(((Value.S) type).value())) {
                    problems.add(Problems.Kind.OPERAND_TYPE, "Invalid attribute type name found; type: "
                            + ((Value.S) type).value() + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
                }
            }
            case "begins_with" -> {
                checkDistinct(name, args.get(0), args.get(1), problems);
                for (Operand arg : args) {
                    Value value = literal(arg);
                    if (value != null && !(value instanceof Value.S) && !(value instanceof Value.B)) {
                        operandType(name, value.type(), problems);
                    }
                }
            }
            default -> checkDistinct(name, args.get(0), args.get(1), problems);
        }
    }

    /** Operands of a comparison: functions other than size() are not values. */
    private static void conditionOperands(List<Operand> operands, Problems problems) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.FunctionCall call) {
                if (call.name().equals("size")) {
                    conditionOperands(call.arguments(), problems);
                    if (checkArity(call, 1, problems)) {
                        Value value = literal(call.arguments().get(0));
                        if (value instanceof Value.N || value instanceof Value.Bool || value instanceof Value.Null) {
                            operandType("size", value.type(), problems);
                        }
                    }
                } else if (CONDITION_FUNCTIONS.containsKey(call.name()) || UPDATE_FUNCTIONS.containsKey(call.name())) {
                    misused(call.name(), problems);
                } else {
                    problems.add(Problems.Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + call.name());
                }
            }
        }
    }

    private static void checkBounds(Operand lowerOperand, Operand upperOperand, Problems problems) {
        Value lower = literal(lowerOperand);
        Value upper = literal(upperOperand);
        if (lower == null || upper == null) {
            return;
        }
        String bounds = "lower bound operand: AttributeValue: {" + Values.shortForm(lower)
                + "}, upper bound operand: AttributeValue: {" + Values.shortForm(upper) + "}";
        if (!lower.type().equals(upper.type())) {
            problems.add(Problems.Kind.OPERAND_TYPE,
                    "The BETWEEN operator requires same data type for lower and upper bounds; " + bounds);
        } else if (Values.isOrdered(lower) && Values.compare(lower, upper) > 0) {
            problems.add(Problems.Kind.OPERAND_TYPE,
                    "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; " + bounds);
        }
    }

    private static void checkDistinct(String operator, Operand first, Operand second, Problems problems) {
        if (first instanceof Operand.PathOperand a && second instanceof Operand.PathOperand b && a.equals(b)) {
            problems.add(Problems.Kind.DISTINCT_OPERANDS, "The first operand must be distinct from the remaining "
                    + "operands for this operator or function; operator: " + operator + ", first operand: " + a.path());
        }
    }

    // ---- updates

    static void checkUpdate(List<UpdateAction> actions, Problems problems) {
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                updateOperand(set.value(), problems);
            } else if (action instanceof UpdateAction.Add add) {
                Value value = add.value().value();
                if (value != null && TYPE_WORDS.containsKey(value.type()) && !(value instanceof Value.N)) {
                    sectionOperandType("ADD", value, problems);
                }
            } else if (action instanceof UpdateAction.Delete delete) {
                Value value = delete.value().value();
                if (value != null && TYPE_WORDS.containsKey(value.type())) {
                    sectionOperandType("DELETE", value, problems);
                }
            }
        }
        checkPaths(actions.stream().map(UpdateAction::path).toList(), problems);
    }

    private static void updateOperand(Operand operand, Problems problems) {
        if (operand instanceof Operand.Arithmetic arithmetic) {
            String operator = String.valueOf(arithmetic.operator());
            for (Operand side : List.of(arithmetic.left(), arithmetic.right())) {
                updateOperand(side, problems);
                Value value = literal(side);
                if (value != null && !(value instanceof Value.N)) {
                    operandType(operator, value.type(), problems);
                }
            }
        } else if (operand instanceof Operand.FunctionCall call) {
            Integer arity = UPDATE_FUNCTIONS.get(call.name());
            if (arity == null) {
                problems.add(Problems.Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + call.name());
                return;
            }
            call.arguments().forEach(argument -> updateOperand(argument, problems));
            if (!checkArity(call, arity, problems)) {
                return;
            }
            if (call.name().equals("if_not_exists")) {
                requirePath(call, problems);
            } else {
                for (Operand argument : call.arguments()) {
                    Value value = literal(argument);
                    if (value != null && !(value instanceof Value.L)) {
                        operandType(call.name(), value.type(), problems);
                    }
                }
            }
        }
    }

    private static void sectionOperandType(String section, Value value, Problems problems) {
        problems.add(Problems.Kind.OPERAND_TYPE, "Incorrect operand type for operator or function; operator: "
                + section + ", operand type: " + TYPE_WORDS.get(value.type()));
    }

    // ---- document paths

    /** No path may repeat another, lie inside another, or use a key where another uses an index. */
    static void checkPaths(List<Path> paths, Problems problems) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = 0; j < i; j++) {
                comparePaths(paths.get(j), paths.get(i), problems);
            }
        }
    }

    private static void comparePaths(Path one, Path two, Problems problems) {
        String both = "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two;
        int common = Math.min(one.elements().size(), two.elements().size());
        for (int k = 0; k < common; k++) {
            Path.Element a = one.elements().get(k);
            Path.Element b = two.elements().get(k);
            if (a.getClass() != b.getClass()) {
                problems.add(Problems.Kind.PATHS, "Two document paths conflict with each other; " + both);
                return;
            }
            if (!a.equals(b)) {
                return;
            }
        }
        problems.add(Problems.Kind.PATHS, "Two document paths overlap with each other; " + both);
    }

    // ---- shared

    private static boolean checkArity(Operand.FunctionCall call, int arity, Problems problems) {
        if (call.arguments().size() != arity) {
            problems.add(Problems.Kind.OPERAND_COUNT, "Incorrect number of operands for operator or function; "
                    + "operator or function: " + call.name() + ", number of operands: " + call.arguments().size());
            return false;
        }
        return true;
    }

    private static void requirePath(Operand.FunctionCall call, Problems problems) {
        if (!(call.arguments().get(0) instanceof Operand.PathOperand)) {
            problems.add(Problems.Kind.OPERAND_TYPE,
                    "Operator or function requires a document path; operator or function: " + call.name());
        }
    }

    private static void misused(String function, Problems problems) {
        problems.add(Problems.Kind.MISUSED_FUNCTION,
                "The function is not allowed to be used this way in an expression; function: " + function);
    }

    private static void operandType(String function, String type, Problems problems) {
        problems.add(Problems.Kind.OPERAND_TYPE, "Incorrect operand type for operator or function; "
                + "operator or function: " + function + ", operand type: " + type);
    }

    /** The value of an operand known before reading the item, or null. */
    private static Value literal(Operand operand) {
        return operand instanceof Operand.ValueOperand value ? value.value() : null;
    }
}
