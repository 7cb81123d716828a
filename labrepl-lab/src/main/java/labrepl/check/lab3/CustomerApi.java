package labrepl.check.lab3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import labrepl.check.TargetReader;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.apigatewayv2.model.GetApisResponse;

/** Finds the lab's HTTP API, customer-app, among the target's APIs. */
final class CustomerApi {

    static final String NAME = "customer-app";

    private CustomerApi() {
    }

    /** Every API of the target's region, page after page. */
    static List<Api> all(TargetReader target) {
        List<Api> apis = new ArrayList<>();
        String next = null;
        do {
            String token = next;
            GetApisResponse page = target.apigateway().getApis(b -> b.nextToken(token));
            apis.addAll(page.items());
            next = page.nextToken();
        } while (next != null);
        return apis;
    }

    /** The HTTP API named customer-app; when there are several, the first. */
    static Optional<Api> find(TargetReader target) {
        return all(target).stream().filter(api -> api.name().equals(NAME) && "HTTP".equals(api.protocolTypeAsString()))
                .findFirst();
    }

    /** The API, for a check that runs only once the API check has passed. */
    static Api of(TargetReader target) {
        return find(target).orElseThrow(() -> new IllegalStateException("the HTTP API " + NAME + " is gone"));
    }
}
