package labrepl.cloud.apigateway.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import labrepl.cloud.apigateway.model.Route;
import org.junit.jupiter.api.Test;

/** The route HTTP APIs choose, by the example in AWS's guide and a few of its edges. */
class RouteMatcherTest {

    private static Route route(String key) {
        return new Route(key, key, null, "NONE", false, null, false);
    }

    private static final List<Route> ROUTES = List.of(route("ANY /{proxy+}"), route("GET /pets/{proxy+}"),
            route("GET /pets/dog/{id}"), route("GET /pets/dog/1"), route("$default"), route("ANY /pets"),
            route("GET /pets"));

    private static String chosen(String method, String... segments) {
        return RouteMatcher.match(ROUTES, method, List.of(segments)).orElseThrow().route().routeKey();
    }

    @Test
    void theMostSpecificRouteWins() {
        assertEquals("GET /pets/dog/1", chosen("GET", "pets", "dog", "1"));
        assertEquals("GET /pets/dog/{id}", chosen("GET", "pets", "dog", "2"));
        assertEquals("GET /pets/{proxy+}", chosen("GET", "pets", "cat", "1"));
        assertEquals("ANY /{proxy+}", chosen("POST", "pets", "cat", "1"));
        assertEquals("GET /pets", chosen("GET", "pets"), "a route for the method before ANY");
        assertEquals("ANY /pets", chosen("DELETE", "pets"));
        assertEquals("$default", chosen("GET"), "the root matches no {proxy+}");
    }

    @Test
    void variablesCaptureDecodedSegmentsAndGreedyOnesTheRest() {
        assertEquals(Map.of("id", "2"), RouteMatcher.match(ROUTES, "GET", List.of("pets", "dog", "2")).orElseThrow()
                .pathParameters());
        assertEquals(Map.of("proxy", "a b/c"), RouteMatcher.match(ROUTES, "PUT", List.of("a b", "c")).orElseThrow()
                .pathParameters());
    }

    @Test
    void withoutADefaultRouteAnUnmatchedPathHasNoRoute() {
        assertTrue(RouteMatcher.match(List.of(route("GET /pets")), "GET", List.of("pets", "")).isEmpty(),
                "a trailing slash is another path");
        assertTrue(RouteMatcher.match(List.of(route("GET /pets")), "POST", List.of("pets")).isEmpty());
    }
}
