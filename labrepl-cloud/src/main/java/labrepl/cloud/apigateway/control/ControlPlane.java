package labrepl.cloud.apigateway.control;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.UUID;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.apigateway.store.ApiCatalog;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;

/**
 * The API Gateway v2 API (REST-JSON under {@code /v2/}) for HTTP APIs: each request goes to its
 * operation by method and path, and every answer, errors included, is JSON with AWS's status.
 */
public final class ControlPlane {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final ApiOperations apis;
    private final RouteOperations routes;
    private final IntegrationOperations integrations;
    private final StageOperations stages;
    private final DeploymentOperations deployments;
    private final TagOperations tags;

    /** @param apiEndpoint an API's invoke URL from its id, as GetApi reports it */
    public ControlPlane(ApiCatalog catalog, CloudIdentity identity, java.util.function.Function<String, String> apiEndpoint) {
        ControlContext context = new ControlContext(catalog, new Lookups(identity.accountId()), identity, apiEndpoint);
        this.apis = new ApiOperations(context);
        this.routes = new RouteOperations(context);
        this.integrations = new IntegrationOperations(context);
        this.stages = new StageOperations(context);
        this.deployments = new DeploymentOperations(context);
        this.tags = new TagOperations(context);
    }

    public CloudResponse answer(CloudRequest http) throws IOException {
        String requestId = UUID.randomUUID().toString();
        CloudResponse response;
        try {
            ControlAnswer answer = dispatch(ControlRequest.read(http));
            response = answer.body() == null ? CloudResponse.status(answer.status())
                    : CloudResponse.text(answer.status(), "application/json", GSON.toJson(answer.body()));
        } catch (ApiGatewayError error) {
            JsonObject body = new JsonObject();
            body.addProperty("message", error.getMessage());
            body.addProperty("resourceType", error.resourceType());
            response = CloudResponse.text(error.status(), "application/json", GSON.toJson(body))
                    .header("x-amzn-ErrorType", error.type());
        }
        return response.header("x-amzn-RequestId", requestId);
    }

    private ControlAnswer dispatch(ControlRequest request) {
        String collection = request.path().size() >= 4 && "apis".equals(request.segment(1)) ? request.segment(3) : null;
        int depth = request.path().size();
        if (!"v2".equals(request.segment(0))) {
            throw unsupported(request);
        }
        if ("tags".equals(request.segment(1)) && depth == 3) {
            return switch (request.method()) {
                case "POST" -> tags.tag(request);
                case "GET" -> tags.get(request);
                case "DELETE" -> tags.untag(request);
                default -> throw unsupported(request);
            };
        }
        if (!"apis".equals(request.segment(1))) {
            throw unsupported(request);
        }
        if (depth == 2) {
            return switch (request.method()) {
                case "POST" -> apis.create(request);
                case "GET" -> apis.list(request);
                default -> throw unsupported(request);
            };
        }
        if (depth == 3) {
            return switch (request.method()) {
                case "GET" -> apis.get(request);
                case "PATCH" -> apis.update(request);
                case "DELETE" -> apis.delete(request);
                default -> throw unsupported(request);
            };
        }
        if ("cors".equals(collection) && depth == 4 && request.method().equals("DELETE")) {
            return apis.deleteCors(request);
        }
        if (collection == null || depth > 5) {
            throw unsupported(request);
        }
        boolean one = depth == 5;
        return switch (collection + " " + request.method() + (one ? " one" : "")) {
            case "routes POST" -> routes.create(request);
            case "routes GET" -> routes.list(request);
            case "routes GET one" -> routes.get(request);
            case "routes PATCH one" -> routes.update(request);
            case "routes DELETE one" -> routes.delete(request);
            case "integrations POST" -> integrations.create(request);
            case "integrations GET" -> integrations.list(request);
            case "integrations GET one" -> integrations.get(request);
            case "integrations PATCH one" -> integrations.update(request);
            case "integrations DELETE one" -> integrations.delete(request);
            case "stages POST" -> stages.create(request);
            case "stages GET" -> stages.list(request);
            case "stages GET one" -> stages.get(request);
            case "stages PATCH one" -> stages.update(request);
            case "stages DELETE one" -> stages.delete(request);
            case "deployments POST" -> deployments.create(request);
            case "deployments GET" -> deployments.list(request);
            case "deployments GET one" -> deployments.get(request);
            case "deployments DELETE one" -> deployments.delete(request);
            default -> throw unsupported(request);
        };
    }

    private static ApiGatewayError unsupported(ControlRequest request) {
        return ApiGatewayError.badRequest("The local API Gateway does not implement " + request.method() + " /"
                + String.join("/", request.path()) + ". It implements HTTP APIs: apis, routes, integrations,"
                + " stages, deployments, CORS and tags.");
    }
}
