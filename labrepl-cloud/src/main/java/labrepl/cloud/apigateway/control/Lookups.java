package labrepl.cloud.apigateway.control;

import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Deployment;
import labrepl.cloud.apigateway.model.Integration;
import labrepl.cloud.apigateway.model.Route;
import labrepl.cloud.apigateway.model.Stage;

/** Finding an API and its parts, with AWS's NotFoundException when one is missing. */
final class Lookups {

    private final String accountId;

    Lookups(String accountId) {
        this.accountId = accountId;
    }

    Api api(Api api, String apiId) {
        if (api == null) {
            throw ApiGatewayError.notFound("Api", "Invalid API identifier specified " + accountId + ":" + apiId);
        }
        return api;
    }

    Route route(Api api, String routeId) {
        Route route = api.routes().get(routeId);
        if (route == null) {
            throw ApiGatewayError.notFound("Route", "Invalid Route identifier specified " + accountId + ":"
                    + api.apiId() + ":" + routeId);
        }
        return route;
    }

    Integration integration(Api api, String integrationId) {
        Integration integration = api.integrations().get(integrationId);
        if (integration == null) {
            throw ApiGatewayError.notFound("Integration", "Invalid Integration identifier specified " + accountId
                    + ":" + api.apiId() + ":" + integrationId);
        }
        return integration;
    }

    Stage stage(Api api, String stageName) {
        Stage stage = api.stages().get(stageName);
        if (stage == null) {
            throw ApiGatewayError.notFound("Stage", "Invalid stage identifier specified " + accountId + ":"
                    + api.apiId() + ":" + stageName);
        }
        return stage;
    }

    Deployment deployment(Api api, String deploymentId) {
        Deployment deployment = api.deployments().get(deploymentId);
        if (deployment == null) {
            throw ApiGatewayError.notFound("Deployment", "Invalid Deployment identifier specified " + accountId
                    + ":" + api.apiId() + ":" + deploymentId);
        }
        return deployment;
    }
}
