package labrepl.cloud.lambda.environment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda Runtime API of one execution environment, on a loopback port of its own (as each AWS
 * sandbox has its own {@code AWS_LAMBDA_RUNTIME_API}), so nothing it serves can collide with the
 * cloud's own listener: {@code GET /2018-06-01/runtime/invocation/next}, {@code POST
 * …/invocation/{id}/response}, {@code …/invocation/{id}/error} and {@code /2018-06-01/runtime/init/error}.
 */
final class RuntimeApiServer implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime";
    private static final Pattern INVOCATION = Pattern.compile(PREFIX + "/invocation/([^/]+)/(response|error)");
    private static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    /** AWS's limit on a synchronous response, 6 MiB and 100 bytes; the runtime's post of a larger one is refused. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    private final HttpServer server;
    private final ExecutorService threads;
    private final BlockingQueue<PendingInvocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, PendingInvocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<RuntimeReply> initError = new CompletableFuture<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    RuntimeApiServer(String name) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "runtime-api-" + name);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext(PREFIX + "/", this::handle);
        server.start();
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes when the runtime first asks for an event: its init phase is over. */
    CompletableFuture<Void> ready() {
        return ready;
    }

    /** Completes when the runtime reports that it could not initialise. */
    CompletableFuture<RuntimeReply> initError() {
        return initError;
    }

    void offer(PendingInvocation invocation) {
        inFlight.put(invocation.requestId(), invocation);
        queue.add(invocation);
    }

    void forget(PendingInvocation invocation) {
        inFlight.remove(invocation.requestId());
        queue.remove(invocation);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals(PREFIX + "/invocation/next")) {
                next(exchange);
                return;
            }
            if (method.equals("POST") && path.equals(PREFIX + "/init/error")) {
                initError.complete(new RuntimeReply(false, readBody(exchange.getRequestBody(), MAX_RESPONSE_BYTES),
                        exchange.getRequestHeaders().getFirst(ERROR_TYPE)));
                send(exchange, 202, "{\"status\":\"OK\"}");
                return;
            }
            Matcher matcher = INVOCATION.matcher(path);
            if (method.equals("POST") && matcher.matches()) {
                reply(exchange, matcher.group(1), matcher.group(2).equals("response"));
                return;
            }
            send(exchange, 404, "{\"errorMessage\":\"Unknown Runtime API request: " + method + " " + path
                    + "\",\"errorType\":\"InvalidRequest\"}");
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        ready.complete(null);
        PendingInvocation invocation;
        try {
            invocation = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long deadline = invocation.pickUp();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn());
        headers.set("Lambda-Runtime-Trace-Id", invocation.traceId());
        byte[] payload = invocation.payload();
        exchange.sendResponseHeaders(200, payload.length == 0 ? -1 : payload.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(payload);
        }
    }

    private void reply(HttpExchange exchange, String requestId, boolean success) throws IOException {
        PendingInvocation invocation = inFlight.remove(requestId);
        if (invocation == null) {
            send(exchange, 400, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
            return;
        }
        byte[] body = readBody(exchange.getRequestBody(), MAX_RESPONSE_BYTES);
        if (body == null) {
            invocation.complete(RuntimeReply.tooLarge());
            send(exchange, 413, "{\"errorMessage\":\"Exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES
                    + " bytes).\",\"errorType\":\"RequestEntityTooLarge\"}");
            return;
        }
        invocation.complete(new RuntimeReply(success, body, exchange.getRequestHeaders().getFirst(ERROR_TYPE)));
        send(exchange, 202, "{\"status\":\"OK\"}");
    }

    /** The whole body, or null when it is longer than {@code limit}. */
    private static byte[] readBody(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
