package labrepl.cloud.apigateway.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Route keys as HTTP APIs accept them. */
class RouteKeyTest {

    @Test
    void wellFormedKeysAreParsedIntoMethodAndSegments() {
        RouteKey key = RouteKey.parse("GET /pets/{petId}/{proxy+}").orElseThrow();
        assertEquals("GET", key.method());
        assertEquals("/pets/{petId}/{proxy+}", key.path());
        assertEquals(List.of(RouteKey.Segment.Kind.LITERAL, RouteKey.Segment.Kind.VARIABLE,
                RouteKey.Segment.Kind.GREEDY), key.segments().stream().map(RouteKey.Segment::kind).toList());
        assertEquals("petId", key.segments().get(1).name());
        assertTrue(RouteKey.parse("$default").orElseThrow().isDefault());
        assertTrue(RouteKey.parse("ANY /").orElseThrow().segments().isEmpty());
    }

    @Test
    void malformedKeysAreRefused() {
        for (String text : new String[] {"GET", "get /pets", "GET pets", "GET /pets/", "GET //pets", "FETCH /pets",
                "GET /{proxy+}/more", "GET /pe{t}s", "GET  /pets", "$DEFAULT"}) {
            assertTrue(RouteKey.parse(text).isEmpty(), text);
        }
    }
}
