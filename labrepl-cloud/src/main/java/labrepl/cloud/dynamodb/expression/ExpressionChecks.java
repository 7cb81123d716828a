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
            "attribute_exists", 1, "attribute_not_exists", 1, "attribute_type", 2, "begins_with", 2, "contains", 2,
            "size", 1);
    private static final Map<String, Integer> UPDATE_FUNCTIONS = Map.of("if_not_exists", 2, "list_append", 2);
    private static final Set<String> TYPE_NAMES = Set.of("S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M");
    private static final Map<String, String> TYPE_WORDS = Map.of("S", "STRING", "N", "NUMBER", "B", "BINARY",
            "NULL", "NULL", "BOOL", "BOOLEAN", "L", "LIST", "M", "MAP");
    /** How DynamoDB names the type of an operand it cannot know before reading the item. */
    private static final String ANY_TYPE = "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}";

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
        } else {
            Problems leaf = problems.leaf();
            checkLeaf(condition, leaf);
            leaf.close();
        }
    }

    /** One comparison, BETWEEN, IN or function: its operands first, then the leaf itself. */
    private static void checkLeaf(Condition condition, Problems problems) {
        if (condition instanceof Condition.Comparison comparison) {
            operands(List.of(comparison.left(), comparison.right()), problems);
            misusedFunctions(List.of(comparison.left(), comparison.right()), problems);
            checkDistinct(comparison.operator(), comparison.left(), comparison.right(), problems);
        } else if (condition instanceof Condition.Between between) {
            List<Operand> all = List.of(between.value(), between.lower(), between.upper());
            operands(all, problems);
            misusedFunctions(all, problems);
            checkBounds(between.lower(), between.upper(), problems);
        } else if (condition instanceof Condition.In in) {
            List<Operand> all = new ArrayList<>(in.candidates());
            all.add(0, in.value());
            operands(all, problems);
            misusedFunctions(all, problems);
        } else if (condition instanceof Condition.FunctionCondition function) {
            operands(List.of(function.call()), problems);
            if (function.call().name().equals("size")) {
                misused("size", problems);
            }
        }
    }

    /** Undefined placeholders, and every function among the operands (inner functions first). */
    private static void operands(List<Operand> operands, Problems problems) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.ValueOperand value && value.value() == null) {
                problems.add(Problems.Kind.UNDEFINED, "An expression attribute value used in expression is not defined; "
                        + "attribute value: " + value.placeholder());
            } else if (operand instanceof Operand.PathOperand path) {
                undefinedNames(path.path(), problems);
            } else if (operand instanceof Operand.FunctionCall call) {
                misusedFunctions(call.arguments(), problems);
                operands(call.arguments(), problems);
                conditionFunction(call, problems);
            }
        }
    }

    /** An undefined #name stays in the path as written, which no attribute name can be. */
    private static void undefinedNames(Path path, Problems problems) {
        for (Path.Element element : path.elements()) {
            if (element instanceof Path.Key key && key.name().startsWith("#")) {
                problems.add(Problems.Kind.UNDEFINED, "An expression attribute name used in the document path is not "
                        + "defined; attribute name: " + key.name());
            }
        }
    }

    /** Functions other than size() are conditions, not values. */
    private static void misusedFunctions(List<Operand> operands, Problems problems) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.FunctionCall call && !call.name().equals("size")) {
                misused(call.name(), problems);
            }
        }
    }

    private static void conditionFunction(Operand.FunctionCall call, Problems problems) {
        String name = call.name();
        Integer arity = CONDITION_FUNCTIONS.get(name);
        if (arity == null) {
            problems.add(Problems.Kind.UNKNOWN_FUNCTION, "Invalid function name; function: " + name);
            return;
        }
        if (!checkArity(call, arity, problems)) {
            return;
        }
        List<Operand> args = call.arguments();
        if (arity == 2) {
            checkDistinct(name, args.get(0), args.get(1), problems);
        }
        switch (name) {
            case "attribute_exists", "attribute_not_exists" -> requirePath(call, problems);
            case "attribute_type" -> {
                String type = type(args.get(1));
                if (!"S".equals(type)) {
                    operandType(name, type == null ? ANY_TYPE : type, problems);
                } else if (literal(args.get(1)) instanceof Value.S typeName && !TYPE_NAMES.contains(typeName.value())) {
                    problems.add(Problems.Kind.OPERAND_TYPE, "Invalid attribute type name found; type: "
                            + typeName.value() + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
                }
            }
            case "begins_with" -> {
                for (Operand arg : args) {
                    String type = type(arg);
                    if (type != null && !type.equals("S") && !type.equals("B")) {
                        operandType(name, type, problems);
                    }
                }
            }
            case "size" -> {
                String type = type(args.get(0));
                if ("N".equals(type) || "BOOL".equals(type) || "NULL".equals(type)) {
                    operandType(name, type, problems);
                }
            }
            default -> {
                // contains takes any operands
            }
        }
    }

    /** The type an operand is known to have before reading the item, or null: a value's, or a function's result. */
    private static String type(Operand operand) {
        if (operand instanceof Operand.ValueOperand value) {
            return value.value() == null ? null : value.value().type();
        }
        if (operand instanceof Operand.FunctionCall call) {
            return switch (call.name()) {
                case "size" -> "N";
                case "begins_with", "contains", "attribute_type" -> "BOOL";
                default -> null;
            };
        }
        return null;
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
        problems.add(Problems.Kind.SECTION_OPERAND, "Incorrect operand type for operator or function; operator: "
                + section + ", operand type: " + TYPE_WORDS.get(value.type()));
    }

    // ---- document paths

    /**
     * No path may repeat another, lie inside another, or use a key where another uses an index.
     * Each path is compared with those before it; the first overlap is reported, and stops the
     * comparisons, while of the conflicts the last one found is.
     */
    static void checkPaths(List<Path> paths, Problems problems) {
        List<Path> earlier = new ArrayList<>();
        for (Path path : paths) {
            for (Path one : earlier) {
                comparePaths(one, path, problems);
                if (problems.has(Problems.Kind.PATH_OVERLAP)) {
                    return;
                }
            }
            earlier.add(path);
        }
    }

    private static void comparePaths(Path one, Path two, Problems problems) {
        String both = "must remove or rewrite one of these paths; path one: " + one + ", path two: " + two;
        int common = Math.min(one.elements().size(), two.elements().size());
        for (int k = 0; k < common; k++) {
            Path.Element a = one.elements().get(k);
            Path.Element b = two.elements().get(k);
            if (a.getClass() != b.getClass()) {
                problems.replace(Problems.Kind.PATH_CONFLICT, "Two document paths conflict with each other; " + both);
                return;
            }
            if (!a.equals(b)) {
                return;
            }
        }
        problems.add(Problems.Kind.PATH_OVERLAP, "Two document paths overlap with each other; " + both);
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
