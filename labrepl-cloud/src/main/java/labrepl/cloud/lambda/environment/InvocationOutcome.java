package labrepl.cloud.lambda.environment;

/**
 * How an invocation ended, in the platform's terms. {@code body} is what the runtime posted (a
 * result or an error document); durations are in milliseconds, {@code initMillis} only on a cold start.
 */
public record InvocationOutcome(Status status, byte[] body, String errorType, int exitCode, double durationMillis,
                                Double initMillis, long maxMemoryMegabytes) {

    public enum Status {
        /** The runtime posted a result. */
        SUCCEEDED,
        /** The runtime posted an error for the event (the handler threw). */
        FAILED,
        /** The runtime reported that it could not start (handler not found, import error, static initialiser). */
        INIT_FAILED,
        /** The runtime did not finish initialising within the init limit and the invocation's timeout. */
        INIT_TIMED_OUT,
        /** The handler ran past the function's timeout; the environment was stopped. */
        TIMED_OUT,
        /** The runtime's process ended while it held the event. */
        EXITED,
        /** The result was larger than a synchronous invocation may return. */
        RESPONSE_TOO_LARGE,
        /** The environment ended before it took the event; another environment may take it. */
        LOST
    }
}
