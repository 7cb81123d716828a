package labrepl.cloud.apigateway.model;

/**
 * An integration of an HTTP API: a Lambda proxy ({@code AWS_PROXY}) or an HTTP proxy, with the
 * payload format version its events and answers follow and how long the gateway waits for it.
 */
public record Integration(String integrationId, String integrationType, String integrationUri,
                          String integrationMethod, String connectionType, String payloadFormatVersion,
                          int timeoutInMillis, String description, boolean managed) {

    public static final String AWS_PROXY = "AWS_PROXY";
    public static final int DEFAULT_TIMEOUT_MILLIS = 30_000;

    private static final String LAMBDA_PATH = ":lambda:path/2015-03-31/functions/";

    /**
     * The function the integration invokes: its URI is a function ARN, or the older
     * {@code arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/FUNCTION_ARN/invocations}.
     */
    public String functionReference() {
        int path = integrationUri.indexOf(LAMBDA_PATH);
        if (integrationUri.startsWith("arn:aws:apigateway:") && path >= 0) {
            String rest = integrationUri.substring(path + LAMBDA_PATH.length());
            return rest.endsWith("/invocations") ? rest.substring(0, rest.length() - "/invocations".length()) : rest;
        }
        return integrationUri;
    }

    public boolean formatV2() {
        return "2.0".equals(payloadFormatVersion);
    }
}
