package labrepl.cloud.logs;

/** A CloudWatch Logs error: status 400 and a JSON 1.1 body {@code {"__type": CODE, "message": …}}. */
final class LogsException extends RuntimeException {

    private final String code;

    LogsException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    static LogsException groupNotFound() {
        return new LogsException("ResourceNotFoundException", "The specified log group does not exist.");
    }

    static LogsException streamNotFound() {
        return new LogsException("ResourceNotFoundException", "The specified log stream does not exist.");
    }
}
