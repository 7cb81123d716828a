package labrepl.cloud.apigateway.execute;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.http.CloudRequest;

/**
 * Where a call of an HTTP API is addressed. Browsers use the invoke URL
 * {@code http://APIID.execute-api.localhost:PORT/PATH}, shaped as AWS's (every {@code *.localhost}
 * name is this machine to them). Clients that cannot choose a host name use the path-style form
 * {@code http://127.0.0.1:PORT/_aws/execute-api/APIID/PATH}; a bucket cannot be named {@code _aws},
 * so the form never takes an S3 request.
 *
 * @param apiId the API called
 * @param rawPath the path after the API's part of the address, as sent (percent-encoded), starting with /
 * @param domainName the host name the API is reached at, as the event reports it
 */
public record InvokeAddress(String apiId, String rawPath, String domainName) {

    /** The path-style prefix, before the API id. */
    public static final String PATH_PREFIX = "/_aws/execute-api/";

    private static final Pattern HOST = Pattern.compile("([a-z0-9]+)\\.execute-api\\.localhost(?::\\d+)?");

    /** The local invoke URL of an API, without a trailing slash, as GetApi's ApiEndpoint reports it. */
    public static URI local(String apiId, int port) {
        return URI.create("http://" + apiId + ".execute-api.localhost:" + port);
    }

    /** The path-style URL of an API, with a trailing slash. */
    public static URI pathStyle(String apiId, int port) {
        return URI.create("http://127.0.0.1:" + port + PATH_PREFIX + apiId + "/");
    }

    /** True when the request line or Host names an HTTP API; looks at nothing else. */
    public static boolean matches(CloudRequest request) {
        return request.rawPath().startsWith(PATH_PREFIX) || hostApi(request.header("Host")) != null;
    }

    public static Optional<InvokeAddress> of(CloudRequest request) {
        String hostApi = hostApi(request.header("Host"));
        if (hostApi != null) {
            return Optional.of(new InvokeAddress(hostApi, request.rawPath(), hostApi + ".execute-api.localhost"));
        }
        String path = request.rawPath();
        if (!path.startsWith(PATH_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PATH_PREFIX.length());
        int slash = rest.indexOf('/');
        String apiId = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.of(new InvokeAddress(apiId, slash < 0 ? "/" : rest.substring(slash),
                apiId + ".execute-api.localhost"));
    }

    private static String hostApi(String host) {
        if (host == null) {
            return null;
        }
        Matcher matcher = HOST.matcher(host.toLowerCase(Locale.ROOT));
        return matcher.matches() ? matcher.group(1) : null;
    }
}
