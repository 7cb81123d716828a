package labrepl.cloud.apigateway.model;

import java.util.Map;

/**
 * A deployment: the routes, integrations and CORS configuration of the API as they were when it
 * was made, which is what a stage pointing at it serves.
 */
public record Deployment(String deploymentId, String description, long createdDate, boolean autoDeployed,
                         Map<String, Route> routes, Map<String, Integration> integrations, Cors cors) {

    public Deployment {
        routes = Map.copyOf(routes);
        integrations = Map.copyOf(integrations);
    }
}
