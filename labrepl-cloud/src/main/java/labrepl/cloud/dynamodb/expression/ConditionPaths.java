package labrepl.cloud.dynamodb.expression;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The top-level attributes a condition reads, e.g. to keep key attributes out of a Query filter. */
public final class ConditionPaths {

    private ConditionPaths() {
    }

    public static Set<String> attributes(Condition condition) {
        Set<String> attributes = new LinkedHashSet<>();
        collect(condition, attributes);
        return attributes;
    }

    private static void collect(Condition condition, Set<String> attributes) {
        if (condition instanceof Condition.And and) {
            collect(and.left(), attributes);
            collect(and.right(), attributes);
        } else if (condition instanceof Condition.Or or) {
            collect(or.left(), attributes);
            collect(or.right(), attributes);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), attributes);
        } else if (condition instanceof Condition.Comparison comparison) {
            operands(List.of(comparison.left(), comparison.right()), attributes);
        } else if (condition instanceof Condition.Between between) {
            operands(List.of(between.value(), between.lower(), between.upper()), attributes);
        } else if (condition instanceof Condition.In in) {
            operands(List.of(in.value()), attributes);
            operands(in.candidates(), attributes);
        } else if (condition instanceof Condition.FunctionCondition function) {
            operands(function.call().arguments(), attributes);
        }
    }

    private static void operands(List<Operand> operands, Set<String> attributes) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.PathOperand path) {
                attributes.add(path.path().attribute());
            } else if (operand instanceof Operand.FunctionCall call) {
                operands(call.arguments(), attributes);
            }
        }
    }
}
