package labrepl.cloud.apigateway.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths and query parameters decoded as API Gateway decodes them. */
class UrlDecodingTest {

    @Test
    void pathSegmentsAreDecodedWithPlusKeptAndQueryPartsWithPlusAsSpace() {
        assertEquals(List.of("a b", "c+d", ""), UrlDecoding.segments("/a%20b/c+d/"));
        assertEquals("/a b/c+d", UrlDecoding.path("/a%20b/c+d"));
        assertEquals("/", UrlDecoding.path("/"));
        assertEquals("Pat Candella", UrlDecoding.queryPart("Pat+Candella"));
    }

    @Test
    void aMalformedEscapeIsKeptAsSentInsteadOfFailing() {
        assertEquals(List.of("%zz"), UrlDecoding.segments("/%zz"));
        assertEquals("100%", UrlDecoding.queryPart("100%"));
    }
}
