package labrepl.cloud.lambda.bootstrap;

import java.nio.charset.StandardCharsets;
/** The handler's class or instance could not be created: AWS's runtime reports it at init and exits. */
final class HandlerInitFailed extends Exception {

    HandlerInitFailed(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    FunctionError toFunctionError() {
        String json = "{\"errorMessage\":" + FunctionError.quote(getMessage()) + ",\"errorType\":"
                + FunctionError.quote(getCause().getClass().getName()) + "}";
        return new FunctionError(FunctionError.BAD_FUNCTION_CODE, json.getBytes(StandardCharsets.UTF_8));
    }
}
