package labrepl.cloud.lambda;

/** What Invoke answers: the payload, "Unhandled" when the function failed, and the log tail (base64). */
record InvokeResult(byte[] payload, String functionError, String logTail) {
}
