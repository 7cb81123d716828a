package labrepl.cloud.apigateway.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A function's answer as API Gateway maps it, for each payload format. */
class ResponseMappingTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String body(GatewayAnswer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void version2TakesAnyJsonWithoutStatusCodeAsA200JsonBody() throws Exception {
        GatewayAnswer object = ResponseMapping.v2(bytes("{ \"message\": \"Hello from Lambda!\" }"));
        assertEquals(200, object.status());
        assertEquals("application/json", object.headers().first("Content-Type"));
        assertEquals("{ \"message\": \"Hello from Lambda!\" }", body(object), "the answer's own text, unchanged");
        assertEquals("Hello from Lambda!", body(ResponseMapping.v2(bytes("\"Hello from Lambda!\""))),
                "a JSON string's content, as AWS documents");
        assertEquals("[1,2]", body(ResponseMapping.v2(bytes("[1,2]"))));
        assertEquals("42", body(ResponseMapping.v2(bytes("42"))));
    }

    @Test
    void version2StructuredAnswersDefaultToPlainText() throws Exception {
        GatewayAnswer answer = ResponseMapping.v2(bytes("{\"statusCode\": \"201\", \"body\": \"made\","
                + " \"cookies\": [\"a=1\", \"b=2\"]}"));
        assertEquals(201, answer.status());
        assertEquals("text/plain; charset=utf-8", answer.headers().first("Content-Type"));
        assertEquals(List.of("a=1", "b=2"), answer.headers().all("Set-Cookie"));
        assertEquals("made", body(answer));
        GatewayAnswer empty = ResponseMapping.v2(bytes("{\"statusCode\": 204}"));
        assertEquals(0, empty.body().length);
        assertNull(empty.headers().first("Content-Type"));
    }

    @Test
    void whatCannotBeMappedIsAnInvalidResponse() {
        for (String payload : new String[] {"Hello", "{\"a\":1} trailing", "", "{\"statusCode\": 99}",
                "{\"statusCode\": \"abc\"}", "{\"statusCode\": 200, \"headers\": [1]}",
                "{\"statusCode\": 200, \"body\": \"%%%\", \"isBase64Encoded\": true}"}) {
            assertThrows(ResponseMapping.InvalidResponse.class, () -> ResponseMapping.v2(bytes(payload)), payload);
        }
    }

    @Test
    void aHeaderThatHttpCannotCarryIsAnInvalidResponseNotABrokenAnswer() {
        String[][] headers = {{"", "v"}, {"x a", "v"}, {"x:a", "v"}, {"x-a\\r\\nInjected", "v"},
            {"x-a", "one\\r\\nInjected: two"}, {"x-a", "\\u0000"}};
        for (String[] header : headers) {
            String name = "\"" + header[0] + "\"";
            String value = "\"" + header[1] + "\"";
            assertThrows(ResponseMapping.InvalidResponse.class, () -> ResponseMapping.v2(bytes("{\"statusCode\": 200,"
                    + " \"headers\": {" + name + ": " + value + "}}")), name + ": " + value);
            assertThrows(ResponseMapping.InvalidResponse.class, () -> ResponseMapping.v1(bytes("{\"statusCode\": 200,"
                    + " \"multiValueHeaders\": {" + name + ": [" + value + "]}}")), name + ": " + value);
        }
        assertThrows(ResponseMapping.InvalidResponse.class, () -> ResponseMapping.v2(bytes("{\"statusCode\": 200,"
                + " \"cookies\": [\"a=1\\nSet-Cookie: b=2\"]}")));
    }

    @Test
    void version1NeedsAStatusCodeAndMergesMultiValueHeaders() throws Exception {
        assertThrows(ResponseMapping.InvalidResponse.class, () -> ResponseMapping.v1(bytes("{\"result\":\"Saved\"}")));
        assertThrows(ResponseMapping.InvalidResponse.class, () -> ResponseMapping.v1(bytes("\"text\"")));
        GatewayAnswer answer = ResponseMapping.v1(bytes("{\"statusCode\": 200, \"headers\": {\"x-a\": \"1\"},"
                + " \"multiValueHeaders\": {\"x-b\": [\"2\", \"3\"]}, \"body\": \"{}\"}"));
        assertEquals("1", answer.headers().first("x-a"));
        assertEquals(List.of("2", "3"), answer.headers().all("x-b"));
        assertEquals("application/json", answer.headers().first("Content-Type"));
    }
}
