package labrepl.cloud.apigateway.cors;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import labrepl.cloud.apigateway.model.Cors;
import labrepl.cloud.apigateway.response.GatewayAnswer;
import labrepl.cloud.http.HttpHeaders;

/**
 * An API's CORS configuration at work: the API answers preflight requests itself, and adds the
 * CORS headers to every answer for an allowed origin, replacing any the function set. For an
 * origin it does not allow it adds nothing, so the browser refuses the answer to the page.
 */
public final class CorsPolicy {

    private final Cors cors;

    public CorsPolicy(Cors cors) {
        this.cors = cors;
    }

    /** A browser's preflight: OPTIONS with Origin and Access-Control-Request-Method. */
    public static boolean isPreflight(String method, HttpHeaders headers) {
        return method.equals("OPTIONS") && headers.contains("Origin")
                && headers.contains("Access-Control-Request-Method");
    }

    /** The API's own answer to a preflight: 204, with the allowances when the origin is allowed. */
    public GatewayAnswer preflight(HttpHeaders request) {
        HttpHeaders headers = new HttpHeaders();
        String origin = request.first("Origin");
        if (allows(origin)) {
            headers.set("Access-Control-Allow-Origin", allowOriginValue(origin));
            if (!cors.methods().isEmpty()) {
                headers.set("Access-Control-Allow-Methods", String.join(",", cors.methods()));
            }
            if (!cors.headers().isEmpty()) {
                headers.set("Access-Control-Allow-Headers", String.join(",", cors.headers()));
            }
            if (cors.maxAge() != null && cors.maxAge() >= 0) {
                headers.set("Access-Control-Max-Age", Integer.toString(cors.maxAge()));
            }
            if (cors.credentialsAllowed()) {
                headers.set("Access-Control-Allow-Credentials", "true");
            }
        }
        return new GatewayAnswer(204, headers, new byte[0]);
    }

    /** Sets the CORS headers of an answer to a request from {@code origin} (null for a request that is not CORS). */
    public void decorate(String origin, HttpHeaders answer) {
        for (String name : List.copyOf(answer.names())) {
            if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                answer.remove(name);
            }
        }
        if (origin == null || !allows(origin)) {
            return;
        }
        answer.set("Access-Control-Allow-Origin", allowOriginValue(origin));
        if (!cors.exposed().isEmpty()) {
            answer.set("Access-Control-Expose-Headers", String.join(",", cors.exposed()));
        }
        if (cors.credentialsAllowed()) {
            answer.set("Access-Control-Allow-Credentials", "true");
        }
    }

    private boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        for (String allowed : cors.origins()) {
            if (allowed.equals("*") || glob(allowed).matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    /** {@code *} when every origin is allowed and no credentials are, else the origin itself. */
    private String allowOriginValue(String origin) {
        return cors.origins().contains("*") && !cors.credentialsAllowed() ? "*" : origin;
    }

    private static Pattern glob(String allowed) {
        StringBuilder regex = new StringBuilder();
        for (String part : allowed.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append("[^/]*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
