package labrepl.cloud.apigateway.control;

import java.util.Map;
import java.util.Set;
import labrepl.cloud.apigateway.model.Api;
import labrepl.cloud.apigateway.model.ResourceIds;
import labrepl.cloud.apigateway.model.Route;

/** CreateRoute, GetRoute, GetRoutes, UpdateRoute and DeleteRoute. */
final class RouteOperations {

    private static final Set<String> MEMBERS =
            Set.of("routeKey", "target", "authorizationType", "apiKeyRequired", "operationName");

    private final ControlContext context;

    RouteOperations(ControlContext context) {
        this.context = context;
    }

    ControlAnswer create(ControlRequest request) {
        String apiId = request.segment(2);
        Members body = request.body().only(MEMBERS);
        String routeKey = body.required("routeKey");
        RouteKeys.check(routeKey);
        String target = body.string("target", 1, 128);
        Route route = new Route(ResourceIds.route(), routeKey, target, authorization(body.string("authorizationType")),
                apiKeyRequired(body.bool("apiKeyRequired")), body.string("operationName", 1, 64), false);
        long now = context.now();
        context.change(apiId, api -> {
            checkUnique(api, route);
            checkTarget(api, route.target());
            return AutoDeploy.afterChange(api.withRoute(route), now);
        });
        return ControlAnswer.created(Shapes.route(route));
    }

    ControlAnswer get(ControlRequest request) {
        Api api = context.api(request.segment(2));
        return ControlAnswer.ok(Shapes.route(context.lookups().route(api, request.segment(4))));
    }

    ControlAnswer list(ControlRequest request) {
        return Paging.page(request, context.api(request.segment(2)).routes().values().stream().toList(), Shapes::route);
    }

    ControlAnswer update(ControlRequest request) {
        String apiId = request.segment(2);
        String routeId = request.segment(4);
        Members body = request.body().only(MEMBERS);
        String routeKey = body.string("routeKey");
        if (routeKey != null) {
            RouteKeys.check(routeKey);
        }
        String target = body.string("target", 0, 128);
        String authorization = body.has("authorizationType") ? authorization(body.string("authorizationType")) : null;
        Boolean apiKeyRequired = body.bool("apiKeyRequired");
        if (apiKeyRequired != null) {
            apiKeyRequired(apiKeyRequired);
        }
        String operationName = body.string("operationName", 1, 64);
        long now = context.now();
        Api updated = context.change(apiId, api -> {
            Route route = context.lookups().route(api, routeId);
            Route changed = new Route(routeId, routeKey != null ? routeKey : route.routeKey(),
                    target == null ? route.target() : target.isEmpty() ? null : target,
                    authorization != null ? authorization : route.authorizationType(), route.apiKeyRequired(),
                    operationName != null ? operationName : route.operationName(), route.managed());
            checkUnique(api, changed);
            checkTarget(api, changed.target());
            return AutoDeploy.afterChange(api.withRoute(changed), now);
        });
        return ControlAnswer.ok(Shapes.route(updated.routes().get(routeId)));
    }

    ControlAnswer delete(ControlRequest request) {
        String apiId = request.segment(2);
        String routeId = request.segment(4);
        long now = context.now();
        context.change(apiId, api -> {
            context.lookups().route(api, routeId);
            return AutoDeploy.afterChange(api.withoutRoute(routeId), now);
        });
        return ControlAnswer.noContent();
    }

    private static void checkUnique(Api api, Route route) {
        for (Map.Entry<String, Route> other : api.routes().entrySet()) {
            if (!other.getKey().equals(route.routeId()) && other.getValue().routeKey().equals(route.routeKey())) {
                throw ApiGatewayError.conflict("Unable to create route " + route.routeKey()
                        + ". A route with that key already exists in this API (" + other.getKey() + ").");
            }
        }
    }

    private void checkTarget(Api api, String target) {
        if (target == null) {
            return;
        }
        String integrationId = target.startsWith("integrations/") ? target.substring("integrations/".length()) : null;
        if (integrationId == null) {
            throw ApiGatewayError.badRequest("Invalid target " + target + ": a route's target is integrations/ID.");
        }
        context.lookups().integration(api, integrationId);
    }

    private static String authorization(String type) {
        if (type != null && !type.equals("NONE")) {
            throw ApiGatewayError.badRequest("The local API Gateway does not support authorizationType " + type
                    + "; routes are open (NONE), as in the lab.");
        }
        return "NONE";
    }

    private static boolean apiKeyRequired(Boolean required) {
        if (Boolean.TRUE.equals(required)) {
            throw ApiGatewayError.badRequest("API keys are for WebSocket APIs: apiKeyRequired cannot be true for an"
                    + " HTTP API route.");
        }
        return false;
    }
}
