package labrepl.cloud.apigateway.control;

import java.util.Map;
import java.util.Set;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.Cors;
import labrepl.cloud.apigateway.model.Integration;
import labrepl.cloud.apigateway.model.ResourceIds;
import labrepl.cloud.apigateway.model.Route;
import labrepl.cloud.apigateway.model.RouteKey;
import labrepl.cloud.apigateway.model.Stage;

/** CreateApi (quick create included), GetApi, GetApis, UpdateApi, DeleteApi and DeleteCorsConfiguration. */
final class ApiOperations {

    private static final Set<String> CREATE_MEMBERS = Set.of("name", "protocolType", "description", "version",
            "corsConfiguration", "disableExecuteApiEndpoint", "routeSelectionExpression",
            "apiKeySelectionExpression", "ipAddressType", "tags", "target", "routeKey");
    private static final Set<String> UPDATE_MEMBERS = Set.of("name", "description", "version", "corsConfiguration",
            "disableExecuteApiEndpoint", "routeSelectionExpression", "apiKeySelectionExpression", "ipAddressType");
    private static final String ROUTE_SELECTION = "$request.method $request.path";
    private static final String API_KEY_SELECTION = "$request.header.x-api-key";

    private final ControlContext context;

    ApiOperations(ControlContext context) {
        this.context = context;
    }

    ControlAnswer create(ControlRequest request) {
        Members body = request.body().only(CREATE_MEMBERS);
        String name = body.required("name", 1, 128);
        String protocol = body.required("protocolType");
        if (!protocol.equals("HTTP")) {
            throw ApiGatewayError.badRequest(protocol.equals("WEBSOCKET")
                    ? "The local API Gateway builds HTTP APIs; WebSocket APIs are not supported."
                    : "Invalid protocolType " + protocol + ": it is HTTP or WEBSOCKET.");
        }
        String routeSelection = selection(body.string("routeSelectionExpression"));
        long now = context.now();
        Api api = new Api(ResourceIds.api(), name, protocol, body.string("description", 0, 1024),
                body.string("version", 1, 64), CorsReader.read(body),
                Boolean.TRUE.equals(body.bool("disableExecuteApiEndpoint")), routeSelection,
                apiKeySelection(body.string("apiKeySelectionExpression")), ipAddressType(body.string("ipAddressType")),
                now, body.stringMap("tags"), Map.of(), Map.of(), Map.of(), Map.of());
        String target = body.string("target", 1, 2048);
        String routeKey = body.string("routeKey");
        if (target != null) {
            api = quickCreate(api, LambdaUris.check(target), routeKey == null ? RouteKey.DEFAULT : routeKey, now);
        } else if (routeKey != null) {
            throw ApiGatewayError.badRequest("routeKey is used only with target, for quick create.");
        }
        context.catalog().create(api);
        return ControlAnswer.created(Shapes.api(api, context.apiEndpoint().apply(api.apiId())));
    }

    /** Quick create: an integration with the target, a route to it and the $default stage, deployed. */
    private static Api quickCreate(Api api, String target, String routeKey, long now) {
        RouteKeys.check(routeKey);
        Integration integration = new Integration(ResourceIds.integration(), Integration.AWS_PROXY, target, "POST",
                "INTERNET", "2.0", Integration.DEFAULT_TIMEOUT_MILLIS, null, true);
        Route route = new Route(ResourceIds.route(), routeKey, Route.targetOf(integration.integrationId()), "NONE",
                false, null, true);
        Stage stage = new Stage(Stage.DEFAULT, true, null, null, null, null, now, now, null, true);
        Api built = api.withIntegration(integration).withRoute(route).withStage(stage);
        return AutoDeploy.afterChange(built, now);
    }

    ControlAnswer get(ControlRequest request) {
        Api api = context.api(request.segment(2));
        return ControlAnswer.ok(Shapes.api(api, context.apiEndpoint().apply(api.apiId())));
    }

    ControlAnswer list(ControlRequest request) {
        return Paging.page(request, context.catalog().all(),
                api -> Shapes.api(api, context.apiEndpoint().apply(api.apiId())));
    }

    ControlAnswer update(ControlRequest request) {
        String apiId = request.segment(2);
        Members body = request.body().only(UPDATE_MEMBERS);
        String name = body.string("name", 1, 128);
        String description = body.string("description", 0, 1024);
        String version = body.string("version", 1, 64);
        Cors cors = CorsReader.read(body);
        Boolean disable = body.bool("disableExecuteApiEndpoint");
        String routeSelection = body.string("routeSelectionExpression");
        String apiKeySelection = body.string("apiKeySelectionExpression");
        String ipAddressType = body.string("ipAddressType");
        long now = context.now();
        Api updated = context.change(apiId, api -> {
            Api changed = api.withSettings(name != null ? name : api.name(),
                    description != null ? description : api.description(),
                    version != null ? version : api.version(), cors != null ? cors : api.cors(),
                    disable != null ? disable : api.disableExecuteApiEndpoint(),
                    routeSelection != null ? selection(routeSelection) : api.routeSelectionExpression(),
                    apiKeySelection != null ? apiKeySelection(apiKeySelection) : api.apiKeySelectionExpression(),
                    ipAddressType != null ? ipAddressType(ipAddressType) : api.ipAddressType());
            return cors != null ? AutoDeploy.afterChange(changed, now) : changed;
        });
        return ControlAnswer.ok(Shapes.api(updated, context.apiEndpoint().apply(apiId)));
    }

    ControlAnswer delete(ControlRequest request) {
        String apiId = context.api(request.segment(2)).apiId();
        context.catalog().delete(apiId);
        return ControlAnswer.noContent();
    }

    /** DeleteCorsConfiguration: the API stops answering preflights and adding CORS headers. */
    ControlAnswer deleteCors(ControlRequest request) {
        String apiId = request.segment(2);
        long now = context.now();
        context.change(apiId, api -> AutoDeploy.afterChange(api.withSettings(api.name(), api.description(), api.version(), null,
                    api.disableExecuteApiEndpoint(), api.routeSelectionExpression(),
                    api.apiKeySelectionExpression(), api.ipAddressType()), now));
        return ControlAnswer.noContent();
    }

    private static String selection(String expression) {
        if (expression != null && !expression.equals(ROUTE_SELECTION)) {
            throw ApiGatewayError.badRequest("Unsupported route selection expression for HTTP APIs: " + expression
                    + ". HTTP APIs route on " + ROUTE_SELECTION + ".");
        }
        return ROUTE_SELECTION;
    }

    private static String apiKeySelection(String expression) {
        if (expression != null && !expression.equals(API_KEY_SELECTION)
                && !expression.equals("$context.authorizer.usageIdentifierKey")) {
            throw ApiGatewayError.badRequest("Invalid API key selection expression: " + expression + ".");
        }
        return expression == null ? API_KEY_SELECTION : expression;
    }

    private static String ipAddressType(String type) {
        if (type != null && !type.equals("ipv4") && !type.equals("dualstack")) {
            throw ApiGatewayError.badRequest("Invalid ipAddressType " + type + ": it is ipv4 or dualstack.");
        }
        return type == null ? "ipv4" : type;
    }
}
