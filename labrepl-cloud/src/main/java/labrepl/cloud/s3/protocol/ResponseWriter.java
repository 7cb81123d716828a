package labrepl.cloud.s3.protocol;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Writes an {@link S3Response} on an exchange, with S3's request-id headers; a HEAD answer keeps its length but no body. */
public final class ResponseWriter {

    private ResponseWriter() {
    }

    public static void send(HttpExchange exchange, S3Response response, String requestId, String hostId)
            throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("x-amz-request-id", requestId);
        headers.set("x-amz-id-2", hostId);
        headers.set("Server", "AmazonS3");
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            headers.set(header.getKey(), header.getValue());
        }
        S3Response.Body body = response.body();
        int status = response.statusCode();
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        if (body == null || head || status == 304 || status == 204) {
            if (body != null && status != 304 && status != 204) {
                headers.set("Content-Length", Long.toString(body.length()));
            } else if (status != 304 && status != 204) {
                headers.set("Content-Length", "0");
            }
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        long length = body.length();
        // The JDK's server treats 0 as "chunked": an empty body is sent as "no body" with length 0.
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                body.writeTo(out);
            }
        }
    }
}
