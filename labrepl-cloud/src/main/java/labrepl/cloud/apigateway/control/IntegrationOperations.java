package labrepl.cloud.apigateway.control;

import java.util.Set;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Integration;
import labrepl.cloud.apigateway.model.ResourceIds;
import labrepl.cloud.apigateway.model.Route;

/** CreateIntegration, GetIntegration, GetIntegrations, UpdateIntegration and DeleteIntegration (Lambda proxies). */
final class IntegrationOperations {

    private static final Set<String> MEMBERS = Set.of("integrationType", "integrationUri", "integrationMethod",
            "connectionType", "payloadFormatVersion", "timeoutInMillis", "description");

    private final ControlContext context;

    IntegrationOperations(ControlContext context) {
        this.context = context;
    }

    ControlAnswer create(ControlRequest request) {
        String apiId = request.segment(2);
        Members body = request.body().only(MEMBERS);
        String type = body.required("integrationType");
        checkType(type);
        String uri = body.string("integrationUri", 1, 2048);
        if (uri == null) {
            throw ApiGatewayError.badRequest("An integration of type AWS_PROXY needs an integrationUri: the"
                    + " function's ARN.");
        }
        Integration integration = new Integration(ResourceIds.integration(), type, LambdaUris.check(uri),
                method(body.string("integrationMethod")), connection(body.string("connectionType")),
                payloadFormat(body.string("payloadFormatVersion")), timeout(body), body.string("description", 0, 1024),
                false);
        long now = context.now();
        context.change(apiId, api -> AutoDeploy.afterChange(api.withIntegration(integration), now));
        return ControlAnswer.created(Shapes.integration(integration));
    }

    ControlAnswer get(ControlRequest request) {
        return ControlAnswer.ok(Shapes.integration(context.lookups().integration(context.api(request.segment(2)), request.segment(4))));
    }

    ControlAnswer list(ControlRequest request) {
        return Paging.page(request, context.api(request.segment(2)).integrations().values().stream().toList(), Shapes::integration);
    }

    ControlAnswer update(ControlRequest request) {
        String apiId = request.segment(2);
        String integrationId = request.segment(4);
        Members body = request.body().only(MEMBERS);
        String type = body.string("integrationType");
        if (type != null) {
            checkType(type);
        }
        String uri = body.string("integrationUri", 1, 2048);
        if (uri != null) {
            LambdaUris.check(uri);
        }
        String method = body.has("integrationMethod") ? method(body.string("integrationMethod")) : null;
        String connection = body.has("connectionType") ? connection(body.string("connectionType")) : null;
        String format = body.has("payloadFormatVersion") ? payloadFormat(body.string("payloadFormatVersion")) : null;
        Integer timeout = body.has("timeoutInMillis") ? timeout(body) : null;
        String description = body.string("description", 0, 1024);
        long now = context.now();
        Api updated = context.change(apiId, api -> {
            Integration old = context.lookups().integration(api, integrationId);
            Integration changed = new Integration(integrationId, old.integrationType(),
                    uri != null ? uri : old.integrationUri(), method != null ? method : old.integrationMethod(),
                    connection != null ? connection : old.connectionType(),
                    format != null ? format : old.payloadFormatVersion(),
                    timeout != null ? timeout : old.timeoutInMillis(),
                    description != null ? description : old.description(), old.managed());
            return AutoDeploy.afterChange(api.withIntegration(changed), now);
        });
        return ControlAnswer.ok(Shapes.integration(updated.integrations().get(integrationId)));
    }

    ControlAnswer delete(ControlRequest request) {
        String apiId = request.segment(2);
        String integrationId = request.segment(4);
        long now = context.now();
        context.change(apiId, api -> {
            context.lookups().integration(api, integrationId);
            for (Route route : api.routes().values()) {
                if (integrationId.equals(route.integrationId())) {
                    throw ApiGatewayError.conflict("Cannot delete integration " + integrationId + ": route "
                            + route.routeKey() + " (" + route.routeId() + ") targets it. Change or delete the route"
                            + " first.");
                }
            }
            return AutoDeploy.afterChange(api.withoutIntegration(integrationId), now);
        });
        return ControlAnswer.noContent();
    }

    private static void checkType(String type) {
        if (!type.equals(Integration.AWS_PROXY)) {
            throw ApiGatewayError.badRequest(Set.of("AWS", "HTTP", "MOCK", "HTTP_PROXY").contains(type)
                    ? "The local API Gateway integrates HTTP API routes with Lambda functions (AWS_PROXY); "
                            + type + " integrations are not supported."
                    : "Invalid integrationType " + type + ".");
        }
    }

    private static String method(String method) {
        if (method != null && !method.equals("POST")) {
            throw ApiGatewayError.badRequest("A Lambda proxy integration is invoked with POST, not " + method + ".");
        }
        return "POST";
    }

    private static String connection(String type) {
        if (type != null && !type.equals("INTERNET")) {
            throw ApiGatewayError.badRequest("A Lambda proxy integration connects over INTERNET, not " + type + ".");
        }
        return "INTERNET";
    }

    private static String payloadFormat(String version) {
        if (version == null) {
            throw ApiGatewayError.badRequest("payloadFormatVersion is required for a Lambda proxy integration of an"
                    + " HTTP API: 1.0 or 2.0.");
        }
        if (!version.equals("1.0") && !version.equals("2.0")) {
            throw ApiGatewayError.badRequest("Invalid payloadFormatVersion " + version + ": it is 1.0 or 2.0.");
        }
        return version;
    }

    private static int timeout(Members body) {
        Integer millis = body.integer("timeoutInMillis", 50, 30_000);
        return millis == null ? Integration.DEFAULT_TIMEOUT_MILLIS : millis;
    }
}
