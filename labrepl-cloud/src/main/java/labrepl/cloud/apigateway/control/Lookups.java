package labrepl.cloud.apigateway.control;

import java.util.Map;
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
        return part(api, api.routes(), routeId, "Route", "Route");
    }

    Integration integration(Api api, String integrationId) {
        return part(api, api.integrations(), integrationId, "Integration", "Integration");
    }

    Stage stage(Api api, String stageName) {
        return part(api, api.stages(), stageName, "Stage", "stage");
    }

    Deployment deployment(Api api, String deploymentId) {
        return part(api, api.deployments(), deploymentId, "Deployment", "Deployment");
    }

    /** @param word how AWS's message names the part ("Invalid stage identifier", "Invalid Route identifier") */
    private <T> T part(Api api, Map<String, T> parts, String id, String resourceType, String word) {
        T part = parts.get(id);
        if (part == null) {
            throw ApiGatewayError.notFound(resourceType, "Invalid " + word + " identifier specified " + accountId
                    + ":" + api.apiId() + ":" + id);
        }
        return part;
    }
}
