package labrepl.cloud.apigateway.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
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

    public Api withRoute(Route route) {
        return withRoutes(changed(routes, route.routeId(), route));
    }

    public Api withoutRoute(String routeId) {
        return withRoutes(changed(routes, routeId, null));
    }

    public Api withIntegration(Integration integration) {
        return withIntegrations(changed(integrations, integration.integrationId(), integration));
    }

    public Api withoutIntegration(String integrationId) {
        return withIntegrations(changed(integrations, integrationId, null));
    }

    public Api withStage(Stage stage) {
        return withStages(changed(stages, stage.stageName(), stage));
    }

    public Api withoutStage(String stageName) {
        return withStages(changed(stages, stageName, null));
    }

    public Api withDeployment(Deployment deployment) {
        return withDeployments(changed(deployments, deployment.deploymentId(), deployment));
    }

    public Api withoutDeployment(String deploymentId) {
        return withDeployments(changed(deployments, deploymentId, null));
    }

    /** A copy of {@code map} with {@code key} set to {@code value}, or removed when it is null. */
    private static <V> Map<String, V> changed(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    private Api withRoutes(Map<String, Route> newRoutes) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags, newRoutes,
                integrations, stages, deployments);
    }

    private Api withIntegrations(Map<String, Integration> newIntegrations) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags, routes,
                newIntegrations, stages, deployments);
    }

    private Api withStages(Map<String, Stage> newStages) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags, routes,
                integrations, newStages, deployments);
    }

    private Api withDeployments(Map<String, Deployment> newDeployments) {
        return new Api(apiId, name, protocolType, description, version, cors, disableExecuteApiEndpoint,
                routeSelectionExpression, apiKeySelectionExpression, ipAddressType, createdDate, tags, routes,
                integrations, stages, newDeployments);
    }

    /** A deployment of the API as it is now. */
    public Deployment snapshot(String deploymentId, String description, long now, boolean autoDeployed) {
        return new Deployment(deploymentId, description, now, autoDeployed, routes, integrations, cors);
    }
}
