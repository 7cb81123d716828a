package labrepl.cloud.lambda.environment;

import java.time.Duration;

/** One event for a function, as the platform hands it to an execution environment. */
public record InvocationRequest(String requestId, byte[] payload, String functionArn, String traceId,
                                Duration timeout) {
}
