package labrepl.helpers.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a URL as a browser on this machine would: no AWS credentials, and every
 * {@code *.localhost} name (the local cloud's website endpoints) reached on 127.0.0.1,
 * which browsers do by themselves but Java's name lookup does not.
 */
public final class AnonymousWeb {

    static {
        // java.net.http lets a caller set Host only when told so before its first request.
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private AnonymousWeb() {
    }

    public static WebPage get(URI url) throws IOException, InterruptedException {
        return request("GET", url, Optional.empty());
    }

    /**
     * A request as a page's script makes it from a browser: the method, no body, and when the page
     * comes from another site, its {@code origin} in an Origin header.
     */
    public static WebPage request(String method, URI url, Optional<String> origin)
            throws IOException, InterruptedException {
        String host = url.getHost();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30))
                .method(method.toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.noBody());
        origin.ifPresent(value -> request.header("Origin", value));
        if (host != null && host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            int port = url.getPort() < 0 ? 80 : url.getPort();
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
            request.uri(URI.create("http://127.0.0.1:" + port + path + query))
                    .header("Host", host + (url.getPort() < 0 ? "" : ":" + url.getPort()));
        } else {
            request.uri(url);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new WebPage(url.toString(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse("(no content type)"), response.body(),
                response.headers().map());
    }
}
