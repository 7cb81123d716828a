package labrepl.cloud.lambda.bootstrap;

/** The handler string names nothing the runtime can call; reported as an init error of this type. */
final class HandlerNotUsable extends Exception {

    private final String errorType;

    HandlerNotUsable(String errorType, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
    }

    FunctionError toFunctionError() {
        return FunctionError.of(errorType, getMessage());
    }
}
