package labrepl.cloud.lambda.environment;

/** What the runtime posted for an invocation: its result, or an error body with its type. */
record RuntimeReply(boolean success, byte[] body, String errorType) {

    static RuntimeReply tooLarge() {
        return new RuntimeReply(false, null, null);
    }

    boolean isTooLarge() {
        return body == null;
    }
}
