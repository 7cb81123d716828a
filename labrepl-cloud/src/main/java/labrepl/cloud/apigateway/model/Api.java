package labrepl.cloud.apigateway.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An HTTP API with everything that belongs to it. Immutable: a change makes a new value, which
 * the catalog stores whole, so a reader never sees half a change.
 */
public record Api(String apiId, String name, String protocolType, String description, String version, Cors cors,
                  boolean disableExecuteApiEndpoint, String routeSelectionExpression,
                  String apiKeySelectionExpression, String ipAddressType, long createdDate, Map<String, String> tags,
                  Map<String, Route> routes, Map<String, Integration> integrations, Map<String, Stage> stages,
                  Map<String, Deployment> deployments) {

    public Api {
        tags = ordered(tags);
        routes = ordered(routes);
        integrations = ordered(integrations);
        stages = ordered(stages);
        deployments = ordered(deployments);
    }

    /** Insertion-ordered and unmodifiable, so listings come out in creation order. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Api withSettings(String newName, String newDescription, String newVersion, Cors newCors,
                            boolean newDisableExecuteApiEndpoint, String newRouteSelection, String newApiKeySelection,
                            String newIpAddressType) {
        return new Api(apiId, newName, protocolType, newDescription, newVersion, newCors, newDisableExecuteApiEndpoint,
                newRouteSelection, newApiKeySelection, newIpAddressType, createdDate, tags, routes, integrations,
                stages, deployments);
    }

    public Api withTags(Map<String, String> newTags) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, newTags, routes,
                integrations, stages, deployments);
    }

    public Api withRoutes(UnaryOperator<Map<String, Route>> change) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags,
                change.apply(new LinkedHashMap<>(routes)), integrations, stages, deployments);
    }

    public Api withIntegrations(UnaryOperator<Map<String, Integration>> change) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags, routes,
                change.apply(new LinkedHashMap<>(integrations)), stages, deployments);
    }

    public Api withStages(UnaryOperator<Map<String, Stage>> change) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags, routes,
                integrations, change.apply(new LinkedHashMap<>(stages)), deployments);
    }

    public Api withDeployments(UnaryOperator<Map<String, Deployment>> change) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags, routes,
                integrations, stages, change.apply(new LinkedHashMap<>(deployments)));
    }

    /** A deployment of the API as it is now. */
    public Deployment snapshot(String deploymentId, String description, long now, boolean autoDeployed) {
        return new Deployment(deploymentId, description, now, autoDeployed, routes, integrations, cors);
    }
}
