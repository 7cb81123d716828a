package labrepl.cloud.dynamodb.expression;

import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * A syntax error while parsing: carries the ValidationException to send, and lets the
 * parser back off from one reading of parentheses to try the other.
 */
final class ExpressionSyntaxError extends RuntimeException {

    private final DynamoDbError error;

    ExpressionSyntaxError(DynamoDbError error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }

    DynamoDbError error() {
        return error;
    }
}
