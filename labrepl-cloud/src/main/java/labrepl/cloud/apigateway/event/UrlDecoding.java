package labrepl.cloud.apigateway.event;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Percent-decoding as API Gateway applies it to paths and query parameters; a malformed escape is kept as sent. */
public final class UrlDecoding {

    private UrlDecoding() {
    }

    /** A query name or value: {@code +} is a space. */
    public static String queryPart(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** A path segment: {@code +} is itself. */
    public static String pathSegment(String text) {
        return queryPart(text.replace("+", "%2B"));
    }

    /** The segments of a path after its leading {@code /}, decoded; none for {@code /}. */
    public static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        if (rawPath.length() > 1) {
            for (String segment : rawPath.substring(1).split("/", -1)) {
                segments.add(pathSegment(segment));
            }
        }
        return segments;
    }

    /** The whole path, each segment decoded. */
    public static String path(String rawPath) {
        return rawPath.length() <= 1 ? rawPath : "/" + String.join("/", segments(rawPath));
    }
}
