package labrepl.cloud.dynamodb.expression;

import java.util.List;
import labrepl.cloud.dynamodb.item.Value;

/** Something an expression computes a value from: a path, a value placeholder, a function or arithmetic. */
public sealed interface Operand {

    /** The value at a document path of the item. */
    record PathOperand(Path path) implements Operand {
    }

    /** A value from ExpressionAttributeValues; {@code value} is null when the placeholder is undefined. */
    record ValueOperand(String placeholder, Value value) implements Operand {
    }

    /** A function call: size, if_not_exists, list_append (or a condition function used as an operand). */
    record FunctionCall(String name, List<Operand> arguments) implements Operand {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code a + b} or {@code a - b} in a SET action. */
    record Arithmetic(char operator, Operand left, Operand right) implements Operand {
    }
}
