package labrepl.cloud.s3;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain HTTP requests with java.net.http, as a browser or curl sends them: no signature
 * unless a test adds one, any Host header (website and virtual-host names that a browser
 * resolves to this machine) and request targets sent as written, {@code ..} included.
 * Redirects are not followed, so tests see them.
 */
public final class PlainHttp {

    static {
        // java.net.http lets a caller set Host only when told so before its first request (surefire also passes it).
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** A response: status, headers by lower-case name (first value), body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private PlainHttp() {
    }

    public static Response get(int port, String host, String target) throws IOException {
        return send(port, "GET", host, target, Map.of(), null);
    }

    public static Response send(int port, String method, String host, String target, Map<String, String> headers,
                                byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Host", host);
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> lower = new TreeMap<>();
            response.headers().map().forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            return new Response(response.statusCode(), lower, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}
