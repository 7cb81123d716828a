package labrepl.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.http.HttpHeaders;
import org.junit.jupiter.api.Test;

/** Services are offered requests without sockets: the registry alone decides who answers. */
class ServiceRegistryTest {

    /** Claims requests whose path starts with its prefix and answers with its name. */
    private record PathService(String prefix, String name) implements CloudService {
        @Override
        public boolean accepts(CloudRequest request) {
            return request.rawPath().startsWith(prefix);
        }

        @Override
        public CloudResponse handle(CloudRequest request) {
            return CloudResponse.text(200, "text/plain", name);
        }
    }

    private static CloudRequest get(String path) {
        return new CloudRequest("GET", path, null, new HttpHeaders(), new ByteArrayInputStream(new byte[0]),
                "127.0.0.1", 4566, Instant.now());
    }

    private static String answer(ServiceRegistry registry, String path) throws Exception {
        CloudResponse response = registry.answer(get(path));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        response.body().writeTo(out);
        return response.statusCode() + " " + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstServiceThatClaimsARequestAnswersItAndTheFallbackTakesTheRest() throws Exception {
        ServiceRegistry registry = new ServiceRegistry()
                .fallback(new PathService("/", "s3"))
                .add(new PathService("/a", "first"))
                .add(new PathService("/a", "second"));
        assertEquals("200 first", answer(registry, "/a/b"));
        assertEquals("200 s3", answer(registry, "/b"));
    }

    @Test
    void withoutAFallbackAnUnclaimedRequestIsRefusedAndNamed() throws Exception {
        ServiceRegistry registry = new ServiceRegistry().add(new PathService("/a", "first"));
        assertEquals("400 No local service answers GET /z\n", answer(registry, "/z"));
    }

    @Test
    void oneServiceReachesAnotherThroughTheInterfaceItProvides() {
        Runnable invoker = () -> { };
        ServiceRegistry registry = new ServiceRegistry().provide(Runnable.class, invoker);
        assertSame(invoker, registry.require(Runnable.class));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> registry.require(AutoCloseable.class));
        assertEquals("No service of this local cloud provides AutoCloseable", missing.getMessage());
    }
}
