package labrepl.cloud.apigateway.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Cors;
import labrepl.cloud.apigateway.model.Deployment;
import labrepl.cloud.apigateway.model.Integration;
import labrepl.cloud.apigateway.model.Route;
import labrepl.cloud.apigateway.model.Stage;

/** The answers' JSON shapes, with the member names of the service model (lower camel case). */
final class Shapes {

    private Shapes() {
    }

    static JsonObject api(Api api, String apiEndpoint) {
        JsonObject json = new JsonObject();
        json.addProperty("apiEndpoint", apiEndpoint);
        json.addProperty("apiId", api.apiId());
        json.addProperty("apiKeySelectionExpression", api.apiKeySelectionExpression());
        if (api.cors() != null) {
            json.add("corsConfiguration", cors(api.cors()));
        }
        json.addProperty("createdDate", timestamp(api.createdDate()));
        json.addProperty("description", api.description());
        json.addProperty("disableExecuteApiEndpoint", api.disableExecuteApiEndpoint());
        json.addProperty("ipAddressType", api.ipAddressType());
        json.addProperty("name", api.name());
        json.addProperty("protocolType", api.protocolType());
        json.addProperty("routeSelectionExpression", api.routeSelectionExpression());
        json.add("tags", map(api.tags()));
        json.addProperty("version", api.version());
        return json;
    }

    static JsonObject cors(Cors cors) {
        JsonObject json = new JsonObject();
        json.addProperty("allowCredentials", cors.allowCredentials());
        addList(json, "allowHeaders", cors.allowHeaders());
        addList(json, "allowMethods", cors.allowMethods());
        addList(json, "allowOrigins", cors.allowOrigins());
        addList(json, "exposeHeaders", cors.exposeHeaders());
        json.addProperty("maxAge", cors.maxAge());
        return json;
    }

    static JsonObject route(Route route) {
        JsonObject json = new JsonObject();
        if (route.managed()) {
            json.addProperty("apiGatewayManaged", true);
        }
        json.addProperty("apiKeyRequired", route.apiKeyRequired());
        json.addProperty("authorizationType", route.authorizationType());
        json.addProperty("operationName", route.operationName());
        json.addProperty("routeId", route.routeId());
        json.addProperty("routeKey", route.routeKey());
        json.addProperty("target", route.target());
        return json;
    }

    static JsonObject integration(Integration integration) {
        JsonObject json = new JsonObject();
        if (integration.managed()) {
            json.addProperty("apiGatewayManaged", true);
        }
        json.addProperty("connectionType", integration.connectionType());
        json.addProperty("description", integration.description());
        json.addProperty("integrationId", integration.integrationId());
        json.addProperty("integrationMethod", integration.integrationMethod());
        json.addProperty("integrationType", integration.integrationType());
        json.addProperty("integrationUri", integration.integrationUri());
        json.addProperty("payloadFormatVersion", integration.payloadFormatVersion());
        json.addProperty("timeoutInMillis", integration.timeoutInMillis());
        return json;
    }

    static JsonObject stage(Stage stage) {
        JsonObject json = new JsonObject();
        if (stage.managed()) {
            json.addProperty("apiGatewayManaged", true);
        }
        json.addProperty("autoDeploy", stage.autoDeploy());
        json.addProperty("createdDate", timestamp(stage.createdDate()));
        JsonObject routeSettings = new JsonObject();
        routeSettings.addProperty("detailedMetricsEnabled", false);
        json.add("defaultRouteSettings", routeSettings);
        json.addProperty("deploymentId", stage.deploymentId());
        json.addProperty("description", stage.description());
        json.addProperty("lastDeploymentStatusMessage", stage.lastDeploymentStatusMessage());
        json.addProperty("lastUpdatedDate", timestamp(stage.lastUpdatedDate()));
        json.add("routeSettings", new JsonObject());
        json.addProperty("stageName", stage.stageName());
        json.add("stageVariables", map(stage.stageVariables()));
        json.add("tags", map(stage.tags()));
        return json;
    }

    static JsonObject deployment(Deployment deployment) {
        JsonObject json = new JsonObject();
        json.addProperty("autoDeployed", deployment.autoDeployed());
        json.addProperty("createdDate", timestamp(deployment.createdDate()));
        json.addProperty("deploymentId", deployment.deploymentId());
        json.addProperty("deploymentStatus", "DEPLOYED");
        json.addProperty("description", deployment.description());
        return json;
    }

    static JsonObject items(List<JsonObject> items, String nextToken) {
        JsonObject json = new JsonObject();
        JsonArray array = new JsonArray();
        items.forEach(array::add);
        json.add("items", array);
        json.addProperty("nextToken", nextToken);
        return json;
    }

    static JsonObject map(Map<String, String> values) {
        JsonObject json = new JsonObject();
        values.forEach(json::addProperty);
        return json;
    }

    private static void addList(JsonObject json, String name, List<String> values) {
        if (values != null) {
            json.add(name, Members.array(values));
        }
    }

    /** ISO 8601 in UTC to the second, as the service writes its dates. */
    static String timestamp(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
