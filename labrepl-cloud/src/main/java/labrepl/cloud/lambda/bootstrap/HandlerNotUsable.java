package labrepl.cloud.lambda.bootstrap;

/**
 * The handler string names nothing the runtime can call. AWS's runtime answers every event with
 * this error (category {@code Runtime.BadFunctionCode}) rather than failing its init.
 */
final class HandlerNotUsable extends Exception {

    private final String errorType;

    HandlerNotUsable(String errorType, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
    }

    FunctionError toFunctionError() {
        return FunctionError.badFunctionCode(errorType, getMessage());
    }
}
