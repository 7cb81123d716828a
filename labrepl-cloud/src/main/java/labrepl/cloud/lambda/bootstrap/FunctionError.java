package labrepl.cloud.lambda.bootstrap;

import java.nio.charset.StandardCharsets;

/**
 * An error as AWS's Java runtime reports it: {@code {"errorMessage": …, "errorType": …,
 * "stackTrace": ["class.method(File.java:N)", …], "cause": {…}}}, the type also sent in the
 * {@code Lambda-Runtime-Function-Error-Type} header.
 */
record FunctionError(String type, byte[] json) {

    static FunctionError of(Throwable error) {
        return new FunctionError(error.getClass().getName(), describe(error, 0).getBytes(StandardCharsets.UTF_8));
    }

    /** An error the runtime itself raises, with no Java stack of the function's to show. */
    static FunctionError of(String type, String message) {
        return new FunctionError(type, ("{\"errorMessage\":" + quote(message) + ",\"errorType\":" + quote(type) + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Throwable error, int depth) {
        StringBuilder json = new StringBuilder("{");
        if (error.getMessage() != null) {
            json.append("\"errorMessage\":").append(quote(error.getMessage())).append(',');
        }
        json.append("\"errorType\":").append(quote(error.getClass().getName())).append(",\"stackTrace\":[");
        StackTraceElement[] trace = error.getStackTrace();
        for (int i = 0; i < trace.length; i++) {
            json.append(i == 0 ? "" : ",").append(quote(trace[i].toString()));
        }
        json.append(']');
        Throwable cause = error.getCause();
        if (cause != null && cause != error && depth < 20) {
            json.append(",\"cause\":").append(describe(cause, depth + 1));
        }
        return json.append('}').toString();
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
