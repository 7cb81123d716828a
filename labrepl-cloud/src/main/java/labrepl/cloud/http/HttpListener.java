package labrepl.cloud.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local cloud's one HTTP listener on 127.0.0.1, and the only class that knows the JDK's
 * HTTP server: it turns each exchange into a {@link CloudRequest}, asks the handler for the
 * answer and writes the {@link CloudResponse}. A HEAD answer keeps its Content-Length but
 * sends no body, for every service alike.
 */
public final class HttpListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpListener.class.getName());

    static {
        // Without this the JDK's HttpServer delays every keep-alive response (Nagle meets delayed ACK).
        // It is read once, when the server classes load, so it must be set before the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** What answers the requests: a bug in it (an exception) is logged and answered with a 500. */
    @FunctionalInterface
    public interface Handler {
        CloudResponse answer(CloudRequest request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService workers;

    private HttpListener(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 picks a free one); call {@link #start} once the handler can answer.
     *
     * @throws PortInUseException when the port is taken
     */
    public static HttpListener bind(int port, String threadName) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (BindException e) {
            throw new PortInUseException(port, e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ExecutorService workers = Executors.newCachedThreadPool(new WorkerThreads(threadName));
        server.setExecutor(workers);
        return new HttpListener(server, workers);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start(Handler handler) {
        server.createContext("/", exchange -> serve(exchange, handler));
        server.start();
    }

    /** Stops listening and lets requests under way finish, for at most five seconds. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serve(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            CloudRequest request = read(exchange);
            CloudResponse response;
            try {
                response = handler.answer(request);
            } catch (RuntimeException bug) {
                // A service lets an exception escape only on a bug; keep the listener alive and say so.
                LOG.log(Level.WARNING, "Unhandled error for " + request.method() + " " + request.rawTarget(), bug);
                response = CloudResponse.text(500, "text/plain; charset=utf-8",
                        "Internal error in the local cloud: " + bug + "\n");
            }
            write(exchange, request.method(), response);
        }
    }

    private static CloudRequest read(HttpExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
        return new CloudRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, exchange.getRequestBody(),
                exchange.getRemoteAddress().getAddress().getHostAddress(), exchange.getLocalAddress().getPort(),
                Instant.now());
    }

    private static void write(HttpExchange exchange, String method, CloudResponse response) throws IOException {
        var out = exchange.getResponseHeaders();
        response.headers().forEach((name, values) -> values.forEach(value -> out.add(name, value)));
        CloudResponse.Body body = response.body();
        int status = response.statusCode();
        boolean bodiless = status == 304 || status == 204 || status < 200;
        if (body == null || bodiless || method.equals("HEAD")) {
            if (!bodiless) {
                out.set("Content-Length", Long.toString(body == null ? 0 : body.length()));
            }
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        long length = body.length();
        // The JDK's server treats 0 as "chunked": an empty body is sent as "no body" with length 0.
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream stream = exchange.getResponseBody()) {
                body.writeTo(stream);
            }
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String name;

        WorkerThreads(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
