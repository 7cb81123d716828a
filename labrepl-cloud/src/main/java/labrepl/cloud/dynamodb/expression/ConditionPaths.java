package labrepl.cloud.dynamodb.expression;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The document paths a condition reads, e.g. to keep key attributes out of a Query filter. */
public final class ConditionPaths {

    private ConditionPaths() {
    }

    /** The top-level attributes the condition reads. */
    public static Set<String> attributes(Condition condition) {
        Set<String> attributes = new LinkedHashSet<>();
        paths(condition).forEach(path -> attributes.add(path.attribute()));
        return attributes;
    }

    /** Every path the condition reads, in the order written. */
    public static List<Path> paths(Condition condition) {
        List<Path> paths = new ArrayList<>();
        collect(condition, paths);
        return paths;
    }

    private static void collect(Condition condition, List<Path> paths) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), paths);
            collect(and.right(), paths);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), paths);
            collect(or.right(), paths);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), paths);
        } else if (condition instanceof Condition.Comparison comparison) {
            operands(List.of(comparison.left(), comparison.right()), paths);
        } else if (condition instanceof Condition.Between between) {
            operands(List.of(between.value(), between.lower(), between.upper()), paths);
        } else if (condition instanceof Condition.In in) {
            operands(List.of(in.value()), paths);
            operands(in.candidates(), paths);
        } else if (condition instanceof Condition.FunctionCondition function) {
            operands(function.call().arguments(), paths);
        }
    }

    private static void operands(List<Operand> operands, List<Path> paths) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.PathOperand path) {
                paths.add(path.path());
            } else if (operand instanceof Operand.FunctionCall call) {
                operands(call.arguments(), paths);
            }
        }
    }
}
