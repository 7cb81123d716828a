package labrepl.cloud.apigateway.control;

import labrepl.cloud.apigateway.model.RouteKey;

/** Checks route keys as CreateRoute does, with a message that says what a key looks like. */
final class RouteKeys {

    private RouteKeys() {
    }

    static RouteKey check(String text) {
        return RouteKey.parse(text).orElseThrow(() -> ApiGatewayError.badRequest("Unable to create route " + text
                + ": a route key is $default, or an HTTP method (ANY, DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT)"
                + " and a path starting with /, without a trailing /, e.g. GET /pets/{petId} or ANY /{proxy+}."));
    }
}
