package labrepl.cloud.lambda.function;

import java.util.Map;

/**
 * An error of the Lambda API with AWS's status and code: rendered once, by the service's edge, as
 * {@code x-amzn-ErrorType: CODE} and {@code {"Type":"User","message":…}} (ResourceNotFoundException
 * says {@code Message}, as AWS does).
 */
public final class LambdaException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> extra;

    public LambdaException(int status, String code, String message, Map<String, String> extra) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.extra = Map.copyOf(extra);
    }

    public static LambdaException notFound(String message) {
        return new LambdaException(404, "ResourceNotFoundException", message, Map.of());
    }

    public static LambdaException conflict(String message) {
        return new LambdaException(409, "ResourceConflictException", message, Map.of());
    }

    public static LambdaException invalidParameter(String message) {
        return new LambdaException(400, "InvalidParameterValueException", message, Map.of());
    }

    public static LambdaException tooLarge(String message) {
        return new LambdaException(413, "RequestEntityTooLargeException", message, Map.of());
    }

    /** AWS's "1 validation error detected: Value '…' at '…' failed to satisfy constraint: …". */
    public static LambdaException validation(String value, String member, String constraint) {
        return new LambdaException(400, "ValidationException", "1 validation error detected: Value '" + value + "' at '"
                + member + "' failed to satisfy constraint: " + constraint, Map.of());
    }

    public static LambdaException throttled(String reason) {
        return new LambdaException(429, "TooManyRequestsException", "Rate Exceeded.", Map.of("Reason", reason));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Members beside the message, e.g. a throttle's {@code Reason}. */
    public Map<String, String> extra() {
        return extra;
    }
}
