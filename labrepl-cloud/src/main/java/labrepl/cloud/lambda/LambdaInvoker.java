package labrepl.cloud.lambda;

/**
 * Lambda as the local cloud's other services call it, in-process, through the
 * {@link labrepl.cloud.ServiceRegistry}: API Gateway invokes a route's function this way. The
 * function's resource policy is checked as AWS checks it for a service principal, so a missing
 * {@code lambda add-permission} fails here as it fails on AWS.
 */
public interface LambdaInvoker {

    /**
     * Runs the function synchronously (RequestResponse) and returns what it answered.
     *
     * @param function a function name, ARN or partial ARN, as an integration's URI names it
     * @param payload the event, JSON
     * @param caller who invokes, for the resource-policy check
     * @throws FunctionNotFoundException when no such function exists
     * @throws InvokeDeniedException when the function's policy does not allow the caller
     * @throws TooManyRequestsException when the function's concurrency is used up
     * @throws InvokeFailedException when Lambda could not run the function at all
     */
    Invocation invoke(String function, byte[] payload, Caller caller);

    /**
     * A service principal invoking on behalf of a resource, e.g. {@code apigateway.amazonaws.com}
     * for {@code arn:aws:execute-api:us-west-2:000000000000:a1b2c3d4e5/$default/GET/ListCustomers}.
     */
    record Caller(String principal, String sourceArn) {
    }

    /**
     * What the function answered: its payload, and {@code functionError} ({@code Unhandled}) when it
     * failed, timed out or its environment exited, with AWS's error document as the payload.
     */
    record Invocation(byte[] payload, String functionError) {
        public boolean failed() {
            return functionError != null;
        }
    }

    /** No function of that name, ARN or qualifier exists. */
    final class FunctionNotFoundException extends RuntimeException {
        public FunctionNotFoundException(String message) {
            super(message);
        }
    }

    /** The function's resource policy does not allow the caller; the message says which permission is missing. */
    final class InvokeDeniedException extends RuntimeException {
        public InvokeDeniedException(String message) {
            super(message);
        }
    }

    /** The function's concurrency limit is reached. */
    final class TooManyRequestsException extends RuntimeException {
        public TooManyRequestsException(String message) {
            super(message);
        }
    }

    /**
     * Lambda could not run the function: its environment did not start (no python3 on this
     * machine, say) or the cloud is shutting down. The message says which.
     */
    final class InvokeFailedException extends RuntimeException {
        public InvokeFailedException(String message) {
            super(message);
        }
    }
}
