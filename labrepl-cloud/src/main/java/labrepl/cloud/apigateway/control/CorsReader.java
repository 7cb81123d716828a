package labrepl.cloud.apigateway.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import labrepl.cloud.apigateway.model.Cors;

/** Reads and checks a CorsConfiguration member, as CreateApi and UpdateApi take it. */
final class CorsReader {

    private static final Set<String> MEMBERS =
            Set.of("allowCredentials", "allowHeaders", "allowMethods", "allowOrigins", "exposeHeaders", "maxAge");
    private static final Set<String> METHODS = Set.of("*", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private CorsReader() {
    }

    /** The configuration, or null when the member is absent. */
    static Cors read(Members request) {
        Members cors = request.object("corsConfiguration");
        if (cors == null) {
            return null;
        }
        cors.only(MEMBERS);
        List<String> methods = cors.strings("allowMethods");
        if (methods != null) {
            for (String method : methods) {
                if (!METHODS.contains(method.toUpperCase(Locale.ROOT))) {
                    throw ApiGatewayError.badRequest("Invalid CORS configuration: " + method
                            + " is not an HTTP method (allowed methods are *, GET, POST, PUT, PATCH, DELETE, HEAD"
                            + " and OPTIONS).");
                }
            }
        }
        List<String> origins = cors.strings("allowOrigins");
        Boolean credentials = cors.bool("allowCredentials");
        if (Boolean.TRUE.equals(credentials) && origins != null && origins.contains("*")) {
            throw ApiGatewayError.badRequest("allow-credentials is not supported if 'allow-origin' is *");
        }
        return new Cors(credentials, cors.strings("allowHeaders"), methods, origins, cors.strings("exposeHeaders"),
                cors.integer("maxAge", -1, 86400));
    }
}
