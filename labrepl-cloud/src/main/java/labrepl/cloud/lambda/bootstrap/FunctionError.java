package labrepl.cloud.lambda.bootstrap;

import java.nio.charset.StandardCharsets;

/**
 * An error as AWS's Java runtime reports it: {@code {"errorMessage": …, "errorType": …,
 * "stackTrace": ["class.method(File.java:N)", …], "cause": {…}}}, with the Runtime API's error
 * category ({@code Runtime.UserException}, {@code Runtime.BadFunctionCode}) for its header.
 */
record FunctionError(String category, byte[] json) {

    static final String USER_EXCEPTION = "Runtime.UserException";
    static final String BAD_FUNCTION_CODE = "Runtime.BadFunctionCode";

    static FunctionError of(Throwable error) {
        return of(USER_EXCEPTION, error);
    }

    static FunctionError of(String category, Throwable error) {
        return new FunctionError(category, describe(error, 0).getBytes(StandardCharsets.UTF_8));
    }

    /** A handler that cannot be used; AWS sends no stack, and no errorType when it has no exception class to name. */
    static FunctionError badFunctionCode(String errorType, String message) {
        String json = "{\"errorMessage\":" + quote(message) + (errorType == null ? "" : ",\"errorType\":" + quote(errorType))
                + "}";
        return new FunctionError(BAD_FUNCTION_CODE, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Throwable error, int depth) {
        StringBuilder json = new StringBuilder("{");
        if (error.getMessage() != null) {
            json.append("\"errorMessage\":").append(quote(error.getMessage())).append(',');
        }
        json.append("\"errorType\":").append(quote(error.getClass().getName())).append(",\"stackTrace\":[");
        StackTraceElement[] trace = error.getStackTrace();
        for (int i = 0; i < trace.length && !isRuntimeFrame(trace[i]); i++) {
            json.append(i == 0 ? "" : ",").append(quote(trace[i].toString()));
        }
        json.append(']');
        Throwable cause = error.getCause();
        if (cause != null && cause != error && depth < 20) {
            json.append(",\"cause\":").append(describe(cause, depth + 1));
        }
        return json.append('}').toString();
    }

    /** The function's frames end where reflection, called by this runtime, begins; AWS shows none past it. */
    private static boolean isRuntimeFrame(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.startsWith("jdk.internal.reflect.") || type.startsWith("java.lang.reflect.")
                || type.startsWith(FunctionError.class.getPackageName() + ".");
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
