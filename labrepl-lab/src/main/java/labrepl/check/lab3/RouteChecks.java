package labrepl.check.lab3;

import java.util.List;
import java.util.Optional;
import labrepl.check.Check;
import labrepl.check.Verdict;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.GetIntegrationResponse;
import software.amazon.awssdk.services.apigatewayv2.model.Route;

/** A route of the API as the page calls it, and the Lambda integration behind it. */
final class RouteChecks {

    private RouteChecks() {
    }

    /** The route {@code METHOD /Function} exists and invokes {@code function} with payload format 2.0. */
    static Check.Probe route(String method, String function) {
        String key = method + " /" + function;
        return target -> {
            Api api = CustomerApi.of(target);
            List<Route> routes = target.apigateway().getRoutes(b -> b.apiId(api.apiId())).items();
            Optional<Route> route = routes.stream().filter(r -> r.routeKey().equals(key)).findFirst()
                    .or(() -> routes.stream().filter(r -> r.routeKey().equals("ANY /" + function)).findFirst());
            if (route.isEmpty()) {
                return Verdict.failed(missing(key, function, routes));
            }
            String routeTarget = route.get().target();
            if (routeTarget == null || !routeTarget.startsWith("integrations/")) {
                return Verdict.failed("the route " + key + " has no integration; attach a Lambda integration to "
                        + function);
            }
            String integrationId = routeTarget.substring("integrations/".length());
            GetIntegrationResponse integration = target.apigateway().getIntegration(b -> b.apiId(api.apiId())
                    .integrationId(integrationId));
            if (!"AWS_PROXY".equals(integration.integrationTypeAsString())) {
                return Verdict.failed("the route " + key + " goes to a " + integration.integrationTypeAsString()
                        + " integration; choose a Lambda integration to " + function);
            }
            String invoked = functionName(integration.integrationUri());
            if (!invoked.equals(function)) {
                return Verdict.failed("the route " + key + " invokes " + invoked + "; it should invoke " + function);
            }
            if (!"2.0".equals(integration.payloadFormatVersion())) {
                return Verdict.failed("the integration of " + key + " uses payload format "
                        + integration.payloadFormatVersion() + ", with which " + function + "'s plain answer becomes"
                        + " a 500; choose 2.0");
            }
            return Verdict.passed();
        };
    }

    private static String missing(String key, String function, List<Route> routes) {
        Optional<Route> otherMethod = routes.stream().filter(r -> r.routeKey().endsWith(" /" + function)).findFirst();
        if (otherMethod.isPresent()) {
            return "the route is " + otherMethod.get().routeKey() + ", but the page calls " + key;
        }
        Optional<Route> otherCase = routes.stream().filter(r -> r.routeKey().equalsIgnoreCase(key)).findFirst();
        if (otherCase.isPresent()) {
            return "the route is " + otherCase.get().routeKey() + ", but paths are case sensitive and the page calls "
                    + key;
        }
        return "the API has no route " + key + (routes.isEmpty() ? "" : " (it has "
                + String.join(", ", routes.stream().map(Route::routeKey).toList()) + ")") + "; add it with an"
                + " integration to " + function;
    }

    /**
     * The function an integration URI names: a function ARN ({@code …:function:ListCustomers}, maybe
     * with a version), or API Gateway's invocation URI around one.
     */
    static String functionName(String uri) {
        if (uri == null) {
            return "nothing";
        }
        int at = uri.indexOf(":function:");
        if (at < 0) {
            return uri;
        }
        String rest = uri.substring(at + ":function:".length());
        return rest.split("[:/]", 2)[0];
    }
}
