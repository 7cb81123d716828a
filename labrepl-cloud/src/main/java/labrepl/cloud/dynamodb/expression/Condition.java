package labrepl.cloud.dynamodb.expression;

import java.util.List;

/** A parsed condition (ConditionExpression, FilterExpression or KeyConditionExpression). */
public sealed interface Condition {

    /** {@code =, <>, <, <=, >, >=}. */
    record Comparison(String operator, Operand left, Operand right) implements Condition {
    }

    record Between(Operand value, Operand lower, Operand upper) implements Condition {
    }

    record In(Operand value, List<Operand> candidates) implements Condition {
        public In {
            candidates = List.copyOf(candidates);
        }
    }

    record And(Condition left, Condition right) implements Condition {
    }

    record Or(Condition left, Condition right) implements Condition {
    }

    record Not(Condition condition) implements Condition {
    }

    /** A function used as a condition: attribute_exists, attribute_not_exists, attribute_type, begins_with, contains. */
    record FunctionCondition(Operand.FunctionCall call) implements Condition {
    }
}
