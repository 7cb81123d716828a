package labrepl.cloud.apigateway.execute;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import labrepl.cloud.apigateway.model.Route;
import labrepl.cloud.apigateway.model.RouteKey;
import labrepl.cloud.apigateway.model.RouteKey.Segment;

/**
 * Chooses the route for a request as HTTP APIs do: the most specific path wins (segment by segment
 * from the left, a literal before a {@code {variable}} before a greedy {@code {proxy+}}), then a
 * route for the request's method before one for {@code ANY}, then {@code $default}.
 */
public final class RouteMatcher {

    private RouteMatcher() {
    }

    /** The chosen route and the path parameters it captured (decoded). */
    public record Match(Route route, Map<String, String> pathParameters) {
    }

    /**
     * @param segments the request's path after the stage, split on {@code /} and decoded
     */
    public static Optional<Match> match(Collection<Route> routes, String method, List<String> segments) {
        Match best = null;
        RouteKey bestKey = null;
        Route fallback = null;
        for (Route route : routes) {
            RouteKey key = route.key();
            if (key.isDefault()) {
                fallback = route;
                continue;
            }
            if (!key.anyMethod() && !key.method().equals(method)) {
                continue;
            }
            Map<String, String> parameters = capture(key.segments(), segments);
            if (parameters != null && (bestKey == null || moreSpecific(key, bestKey))) {
                best = new Match(route, parameters);
                bestKey = key;
            }
        }
        if (best == null && fallback != null) {
            best = new Match(fallback, Map.of());
        }
        return Optional.ofNullable(best);
    }

    /** The parameters when the route's path matches the request's, else null. */
    private static Map<String, String> capture(List<Segment> pattern, List<String> path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            Segment segment = pattern.get(i);
            if (i >= path.size() || path.get(i).isEmpty()) {
                return null;
            }
            switch (segment.kind()) {
                case LITERAL -> {
                    if (!segment.text().equals(path.get(i))) {
                        return null;
                    }
                }
                case VARIABLE -> parameters.put(segment.name(), path.get(i));
                case GREEDY -> {
                    parameters.put(segment.name(), String.join("/", path.subList(i, path.size())));
                    return parameters;
                }
            }
        }
        return pattern.size() == path.size() ? parameters : null;
    }

    private static boolean moreSpecific(RouteKey candidate, RouteKey current) {
        List<Segment> a = candidate.segments();
        List<Segment> b = current.segments();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int difference = a.get(i).kind().compareTo(b.get(i).kind());
            if (difference != 0) {
                return difference < 0;
            }
        }
        if (a.size() != b.size()) {
            return a.size() > b.size();
        }
        return !candidate.anyMethod() && current.anyMethod();
    }
}
