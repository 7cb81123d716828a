package labrepl.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import labrepl.cloud.CapturedLog;

/**
 * A listener for tests that answers every request with its method, path, query, body and X-Test
 * header; {@code /boom} is a bug, {@code /big} is sent chunked, {@code /large} is
 * {@link #LARGE} bytes, {@code /length} counts the body, {@code /refuse} answers 403 without
 * reading it, {@code /wait} waits until {@link #release}. It captures what the listener logs.
 */
final class EchoListener implements AutoCloseable {

    static final String THREADS = "listener-test";
    static final int LARGE = 20 * 1024 * 1024;
    static final byte[] LARGE_BODY = pattern(LARGE);

    private final HttpListener listener;
    private final CountDownLatch released = new CountDownLatch(1);
    private final CountDownLatch waiting = new CountDownLatch(1);
    private final CapturedLog log = CapturedLog.of(HttpListener.class);

    EchoListener() {
        this(HttpListener.MAX_CONNECTIONS);
    }

    EchoListener(int maxConnections) {
        listener = HttpListener.bind(0, THREADS, maxConnections);
        listener.start(request -> switch (request.rawPath()) {
            case "/boom" -> throw new IllegalStateException("a bug");
            case "/big" -> CloudResponse.stream(200, CloudResponse.UNKNOWN_LENGTH,
                    () -> new ByteArrayInputStream("abcdef".getBytes(StandardCharsets.UTF_8)));
            case "/large" -> CloudResponse.stream(200, LARGE, () -> new ByteArrayInputStream(LARGE_BODY));
            case "/length" -> CloudResponse.text(200, "text/plain", Long.toString(request.body().transferTo(
                    OutputStream.nullOutputStream())));
            case "/refuse" -> CloudResponse.text(403, "text/plain", "no");
            case "/wait" -> {
                waiting.countDown();
                await(released);
                yield CloudResponse.text(200, "text/plain", "waited");
            }
            default -> {
                String body = new String(request.body().readAllBytes(), StandardCharsets.UTF_8);
                yield CloudResponse.text(200, "text/plain", request.method() + " " + request.rawPath() + " "
                        + request.rawQuery() + " " + body + " " + request.header("X-Test"));
            }
        });
    }

    HttpListener listener() {
        return listener;
    }

    int port() {
        return listener.port();
    }

    RawConnection connect() throws IOException {
        return new RawConnection(listener.port());
    }

    /** Writes {@code requests} on one connection and reads until the listener closes it. */
    String exchange(String requests) throws IOException {
        try (RawConnection connection = connect()) {
            connection.send(requests);
            return connection.readToEnd();
        }
    }

    /** Waits until a request to {@code /wait} is being answered. */
    void awaitWaiting() {
        assertTrue(await(waiting), "nothing asked for /wait");
    }

    void release() {
        released.countDown();
    }

    void assertNoWarnings() {
        assertEquals(List.of(), log.warnings());
    }

    /** Waits until no thread of the listener is serving a connection (a hung one fails the test). */
    static void awaitNoConnectionServed() {
        awaitThreads(thread -> Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(HttpListener.class.getName()) && frame.getMethodName().equals("serve")),
                "a connection's thread is still serving");
    }

    /** Waits until {@code count} connections' threads wait for their next request (and so are marked idle). */
    static void awaitWaitingForRequests(int count) {
        for (int attempt = 0; attempt < 100; attempt++) {
            long reading = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> entry.getKey().getName().startsWith(THREADS + "-"))
                    .filter(entry -> Arrays.stream(entry.getValue()).anyMatch(frame ->
                            frame.getClassName().equals(HttpRequestReader.class.getName())
                                    && frame.getMethodName().equals("readHead")))
                    .count();
            if (reading == count) {
                return;
            }
            pause();
        }
        throw new AssertionError("not " + count + " connections waiting for a request");
    }

    /** Waits until no thread of a listener of these tests is {@code busy}. */
    static void awaitThreads(Predicate<Thread> busy, String failure) {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(thread -> thread.getName().startsWith(THREADS + "-") && busy.test(thread))) {
                return;
            }
            pause();
        }
        throw new AssertionError(failure);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        listener.close();
        log.close();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + (i >> 8));
        }
        return bytes;
    }
}
