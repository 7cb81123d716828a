package labrepl.cloud.apigateway.model;

/**
 * A route of an HTTP API: its key and its target ({@code integrations/ID}), with the members
 * GetRoute reports. {@code managed} marks the route quick create made.
 */
public record Route(String routeId, String routeKey, String target, String authorizationType, boolean apiKeyRequired,
                    String operationName, boolean managed) {

    private static final String TARGET_PREFIX = "integrations/";

    /** The integration the target names, or null when the route has no target. */
    public String integrationId() {
        return target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
    }

    public static String targetOf(String integrationId) {
        return TARGET_PREFIX + integrationId;
    }

    public RouteKey key() {
        return RouteKey.parse(routeKey).orElseThrow();
    }
}
