package labrepl.cloud.lambda.bootstrap;

/** One event handed to the function by {@code GET /2018-06-01/runtime/invocation/next}. */
record Invocation(String requestId, long deadlineMillis, String functionArn, String traceId,
                  String clientContext, String cognitoIdentity, byte[] payload) {
}
