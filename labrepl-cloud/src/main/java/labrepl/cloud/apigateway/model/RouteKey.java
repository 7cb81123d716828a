package labrepl.cloud.apigateway.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route key of an HTTP API, parsed: {@code $default}, or a method ({@code ANY} for all) and a
 * path of literal segments, {@code {name}} variables and a last {@code {name+}} greedy variable.
 *
 * <pre>{@code
 * RouteKey key = RouteKey.parse("GET /pets/{petId}").orElseThrow();
 * }</pre>
 */
public record RouteKey(String text, String method, List<Segment> segments) {

    public static final String DEFAULT = "$default";
    public static final Set<String> METHODS = Set.of("ANY", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9._-]+)(\\+?)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%-]+");

    /** One segment of a route's path. */
    public record Segment(String text, Kind kind, String name) {
        public enum Kind { LITERAL, VARIABLE, GREEDY }
    }

    public RouteKey {
        segments = List.copyOf(segments);
    }

    public boolean isDefault() {
        return method == null;
    }

    public boolean anyMethod() {
        return "ANY".equals(method);
    }

    /** The path as written in the key, e.g. {@code /pets/{petId}}; {@code $default} for the default route. */
    public String path() {
        return isDefault() ? DEFAULT : text.substring(method.length() + 1);
    }

    /** The key when it is well formed; empty otherwise (the caller words the error). */
    public static Optional<RouteKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.equals(DEFAULT)) {
            return Optional.of(new RouteKey(text, null, List.of()));
        }
        int space = text.indexOf(' ');
        if (space < 0 || !METHODS.contains(text.substring(0, space))) {
            return Optional.empty();
        }
        String path = text.substring(space + 1);
        if (!path.startsWith("/") || (path.length() > 1 && path.endsWith("/"))) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        String[] parts = path.length() == 1 ? new String[0] : path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            Optional<Segment> segment = segment(parts[i]);
            if (segment.isEmpty() || (segment.get().kind() == Segment.Kind.GREEDY && i != parts.length - 1)) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(new RouteKey(text, text.substring(0, space), segments));
    }

    private static Optional<Segment> segment(String text) {
        var variable = VARIABLE.matcher(text);
        if (variable.matches()) {
            Segment.Kind kind = variable.group(2).isEmpty() ? Segment.Kind.VARIABLE : Segment.Kind.GREEDY;
            return Optional.of(new Segment(text, kind, variable.group(1)));
        }
        if (LITERAL.matcher(text).matches() && !text.contains("{") && !text.contains("}")) {
            return Optional.of(new Segment(text, Segment.Kind.LITERAL, null));
        }
        return Optional.empty();
    }
}
