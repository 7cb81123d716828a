package labrepl.cloud.apigateway.model;

import java.util.List;

/**
 * An HTTP API's CorsConfiguration, as the API stores it: members left out are null, so GetApi
 * echoes what was given and nothing else.
 */
public record Cors(Boolean allowCredentials, List<String> allowHeaders, List<String> allowMethods,
                   List<String> allowOrigins, List<String> exposeHeaders, Integer maxAge) {

    public Cors {
        allowHeaders = copy(allowHeaders);
        allowMethods = copy(allowMethods);
        allowOrigins = copy(allowOrigins);
        exposeHeaders = copy(exposeHeaders);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? null : List.copyOf(values);
    }

    public boolean credentialsAllowed() {
        return Boolean.TRUE.equals(allowCredentials);
    }

    public List<String> origins() {
        return allowOrigins == null ? List.of() : allowOrigins;
    }

    public List<String> methods() {
        return allowMethods == null ? List.of() : allowMethods;
    }

    public List<String> headers() {
        return allowHeaders == null ? List.of() : allowHeaders;
    }

    public List<String> exposed() {
        return exposeHeaders == null ? List.of() : exposeHeaders;
    }
}
