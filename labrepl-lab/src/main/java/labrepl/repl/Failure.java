package labrepl.repl;

/**
 * An exception thrown by a snippet, reduced to what a learner reads.
 *
 * @param type       the exception's class name without its package, e.g. {@code ResourceNotFoundException}
 * @param className  the full class name
 * @param message    the message (for AWS errors, the service's own message without the SDK's suffix)
 * @param awsError   for an AWS service error: {@code DynamoDB error code ResourceNotFoundException, HTTP 400}; else null
 * @param trace      the full stack trace, causes included
 */
public record Failure(String type, String className, String message, String awsError, String trace) {

    /** One or two lines: type and message, then the AWS error code and HTTP status when there is one. */
    public String summary() {
        String first = message == null || message.isBlank() ? type : type + ": " + message;
        return awsError == null ? first : first + "\n  " + awsError;
    }
}
