package labrepl.cloud.s3.website;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.protocol.S3Error;

/**
 * The HTML pages a website endpoint answers errors with, in S3's shape: a title with the
 * status, a list of Code, Message, the error's details, RequestId and HostId, and when the
 * bucket's error document could not be served, a second list saying why.
 */
final class WebsitePages {

    private static final Map<Integer, String> REASONS = Map.of(
            400, "Bad Request", 403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed",
            412, "Precondition Failed", 416, "Requested Range Not Satisfiable", 500, "Internal Server Error",
            501, "Not Implemented");

    private WebsitePages() {
    }

    /** @param errorDocumentFailure why the error document could not be served, or null */
    static CloudResponse errorPage(S3Error error, S3Error errorDocumentFailure, String requestId, String hostId) {
        String title = error.status() + " " + REASONS.getOrDefault(error.status(), "Error");
        StringBuilder html = new StringBuilder(512);
        html.append("<html>\n<head><title>").append(title).append("</title></head>\n<body>\n<h1>").append(title)
                .append("</h1>\n");
        list(html, error, true, requestId, hostId);
        if (errorDocumentFailure != null) {
            html.append("<h3>An Error Occurred While Attempting to Retrieve a Custom Error Document</h3>\n");
            list(html, errorDocumentFailure, false, requestId, hostId);
        }
        html.append("<hr/>\n</body>\n</html>\n");
        return CloudResponse.bytes(error.status(), "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8))
                .header("x-amz-error-code", error.code())
                .header("x-amz-error-message", error.getMessage());
    }

    private static void list(StringBuilder html, S3Error error, boolean withIds, String requestId, String hostId) {
        html.append("<ul>\n");
        item(html, "Code", error.code());
        item(html, "Message", error.getMessage());
        error.details().forEach((name, value) -> item(html, name, value));
        if (withIds) {
            item(html, "RequestId", requestId);
            item(html, "HostId", hostId);
        }
        html.append("</ul>\n");
    }

    private static void item(StringBuilder html, String name, String value) {
        html.append("<li>").append(name).append(": ").append(escape(value)).append("</li>\n");
    }

    /** Keys come from the URL: a page must never turn them into markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
