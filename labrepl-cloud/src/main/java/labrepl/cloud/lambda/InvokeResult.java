package labrepl.cloud.lambda;

/**
 * What Invoke answers: the payload, "Unhandled" when the function failed, the log tail (base64),
 * and the invocation's request id, which is also the answer's x-amzn-RequestId on AWS.
 */
record InvokeResult(String requestId, byte[] payload, String functionError, String logTail) {
}
