package labrepl.cloud.lambda.environment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Runtime API one execution environment serves, spoken to as a runtime speaks it. */
class RuntimeApiServerTest {

    private static final String RUNTIME = "/2018-06-01/runtime";

    private final RuntimeApiServer api = new RuntimeApiServer("Test");
    private final HttpClient runtime = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void theRuntimeTakesAnEventWithItsHeadersAndItsResponseAnswersTheInvocation() throws Exception {
        PendingInvocation invocation = invocation("req-1", "{\"a\":1}");
        api.offer(invocation);

        HttpResponse<String> next = runtime.send(get("/invocation/next"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode());
        assertEquals("{\"a\":1}", next.body());
        assertEquals("req-1", next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow());
        assertEquals("arn:aws:lambda:us-west-2:000000000000:function:Test",
                next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
        assertTrue(Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow())
                > System.currentTimeMillis());
        assertTrue(api.ready().isDone(), "asking for an event ends the init phase");

        HttpResponse<String> posted = runtime.send(post("/invocation/req-1/response", "{\"ok\":true}"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode());
        RuntimeReply reply = invocation.reply().get(5, TimeUnit.SECONDS);
        assertTrue(reply.success());
        assertArrayEquals("{\"ok\":true}".getBytes(StandardCharsets.UTF_8), reply.body());
    }

    @Test
    void anErrorCarriesItsTypeFromTheHeader() throws Exception {
        PendingInvocation invocation = invocation("req-2", "{}");
        api.offer(invocation);
        runtime.send(get("/invocation/next"), HttpResponse.BodyHandlers.discarding());

        HttpRequest error = HttpRequest.newBuilder(uri("/invocation/req-2/error"))
                .header("Lambda-Runtime-Function-Error-Type", "Runtime.Unknown")
                .POST(HttpRequest.BodyPublishers.ofString("{\"errorMessage\":\"boom\"}")).build();
        assertEquals(202, runtime.send(error, HttpResponse.BodyHandlers.discarding()).statusCode());

        RuntimeReply reply = invocation.reply().get(5, TimeUnit.SECONDS);
        assertFalse(reply.success());
        assertEquals("Runtime.Unknown", reply.errorType());
    }

    @Test
    void aResponseForAnUnknownRequestIdIsRefused() throws Exception {
        HttpResponse<String> posted = runtime.send(post("/invocation/nobody/response", "{}"),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, posted.statusCode());
        assertEquals("{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}", posted.body());
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        HttpResponse<String> answer = runtime.send(get("/invocation/elsewhere"), HttpResponse.BodyHandlers.ofString());

        assertEquals(404, answer.statusCode());
        assertTrue(answer.body().contains("Unknown Runtime API request: GET " + RUNTIME + "/invocation/elsewhere"),
                answer.body());
    }

    @Test
    void aRuntimeWaitingForItsNextEventIsAnsweredWhenTheEnvironmentCloses() throws Exception {
        CompletableFuture<HttpResponse<String>> waiting = runtime.sendAsync(get("/invocation/next"),
                HttpResponse.BodyHandlers.ofString());
        api.ready().get(5, TimeUnit.SECONDS);

        api.close();

        HttpResponse<String> answer = waiting.get(5, TimeUnit.SECONDS);
        assertEquals(410, answer.statusCode());
        assertTrue(answer.body().contains("EnvironmentShutdown"), answer.body());
    }

    private PendingInvocation invocation(String requestId, String payload) {
        InvocationRequest request = new InvocationRequest(requestId, payload.getBytes(StandardCharsets.UTF_8),
                "arn:aws:lambda:us-west-2:000000000000:function:Test", "Root=1-trace", Duration.ofSeconds(3));
        return new PendingInvocation(request, new InvocationLog() {
            @Override
            public void started() {
            }

            @Override
            public void line(String text) {
            }
        });
    }

    private URI uri(String path) {
        return URI.create("http://" + api.address() + RUNTIME + path);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
