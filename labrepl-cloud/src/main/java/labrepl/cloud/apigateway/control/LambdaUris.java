package labrepl.cloud.apigateway.control;

import java.util.regex.Pattern;

/** The shapes of URI an HTTP API accepts for a Lambda proxy integration. */
final class LambdaUris {

    private static final Pattern FUNCTION_ARN =
            Pattern.compile("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?");
    private static final Pattern INVOCATION_PATH = Pattern.compile(
            "arn:aws:apigateway:[a-z0-9-]+:lambda:path/2015-03-31/functions/" + FUNCTION_ARN.pattern() + "/invocations");

    private LambdaUris() {
    }

    /** @throws ApiGatewayError BadRequestException when {@code uri} names no Lambda function */
    static String check(String uri) {
        if (!FUNCTION_ARN.matcher(uri).matches() && !INVOCATION_PATH.matcher(uri).matches()) {
            throw ApiGatewayError.badRequest("Invalid integration URI specified: " + uri + ". A Lambda proxy"
                    + " integration names a function by its ARN, arn:aws:lambda:REGION:ACCOUNT:function:NAME.");
        }
        return uri;
    }
}
