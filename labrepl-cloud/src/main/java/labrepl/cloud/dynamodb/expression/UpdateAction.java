package labrepl.cloud.dynamodb.expression;

/** One action of an UpdateExpression; each names the path it changes. */
public sealed interface UpdateAction {

    Path path();

    /** The section keyword the action came from, for messages. */
    String section();

    record Set(Path path, Operand value) implements UpdateAction {
        public String section() {
            return "SET";
        }
    }

    record Remove(Path path) implements UpdateAction {
        public String section() {
            return "REMOVE";
        }
    }

    record Add(Path path, Operand.ValueOperand value) implements UpdateAction {
        public String section() {
            return "ADD";
        }
    }

    record Delete(Path path, Operand.ValueOperand value) implements UpdateAction {
        public String section() {
            return "DELETE";
        }
    }
}
