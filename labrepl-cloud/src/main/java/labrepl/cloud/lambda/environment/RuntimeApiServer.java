package labrepl.cloud.lambda.environment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.HttpListener;

/**
 * The Lambda Runtime API of one execution environment, on a loopback port of its own (as each AWS
 * sandbox has its own {@code AWS_LAMBDA_RUNTIME_API}), so nothing it serves can collide with the
 * cloud's own listener: {@code GET /2018-06-01/runtime/invocation/next}, {@code POST
 * …/invocation/{id}/response}, {@code …/invocation/{id}/error} and {@code /2018-06-01/runtime/init/error}.
 * It runs on the cloud's own listener, whose connection threads answer at once: the JDK's HttpServer
 * handed each exchange to a worker and back, and without TCP_NODELAY (a JVM-wide property) its
 * small answers could wait on the runtime's acknowledgement, once for good.
 */
final class RuntimeApiServer implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime";
    private static final Pattern INVOCATION = Pattern.compile(PREFIX + "/invocation/([^/]+)/(response|error)");
    private static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    /** AWS's limit on a synchronous response, 6 MiB and 100 bytes; the runtime's post of a larger one is refused. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024 + 100;

    /** How often a runtime waiting for its next event looks whether the environment is closing. */
    private static final long WAKE_MILLIS = 100;

    private final HttpListener listener;
    private volatile boolean closed;
    private final BlockingQueue<PendingInvocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, PendingInvocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<RuntimeReply> initError = new CompletableFuture<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    RuntimeApiServer(String name) {
        listener = HttpListener.bind(0, "runtime-api-" + name);
        listener.start(this::answer);
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + listener.port();
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

    private CloudResponse answer(CloudRequest request) throws IOException {
        String path = request.rawPath();
        String method = request.method();
        if (method.equals("GET") && path.equals(PREFIX + "/invocation/next")) {
            return next();
        }
        if (method.equals("POST") && path.equals(PREFIX + "/init/error")) {
            initError.complete(new RuntimeReply(false, readBody(request.body(), MAX_RESPONSE_BYTES),
                    request.header(ERROR_TYPE)));
            return json(202, "{\"status\":\"OK\"}");
        }
        Matcher matcher = INVOCATION.matcher(path);
        if (method.equals("POST") && matcher.matches()) {
            return reply(request, matcher.group(1), matcher.group(2).equals("response"));
        }
        return json(404, "{\"errorMessage\":\"Unknown Runtime API request: " + method + " " + path
                + "\",\"errorType\":\"InvalidRequest\"}");
    }

    private CloudResponse next() {
        ready.complete(null);
        PendingInvocation invocation = null;
        try {
            while (invocation == null && !closed) {
                invocation = queue.poll(WAKE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (invocation == null) {
            // The environment is closing: its process is being stopped and asks for nothing more.
            return json(410, "{\"errorMessage\":\"The execution environment is shutting down\","
                    + "\"errorType\":\"EnvironmentShutdown\"}");
        }
        long deadline = invocation.pickUp();
        return CloudResponse.bytes(200, "application/json", invocation.payload())
                .header("Lambda-Runtime-Aws-Request-Id", invocation.requestId())
                .header("Lambda-Runtime-Deadline-Ms", Long.toString(deadline))
                .header("Lambda-Runtime-Invoked-Function-Arn", invocation.functionArn())
                .header("Lambda-Runtime-Trace-Id", invocation.traceId());
    }

    private CloudResponse reply(CloudRequest request, String requestId, boolean success) throws IOException {
        PendingInvocation invocation = inFlight.remove(requestId);
        if (invocation == null) {
            return json(400, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
        }
        byte[] body = readBody(request.body(), MAX_RESPONSE_BYTES);
        if (body == null) {
            invocation.complete(RuntimeReply.tooLarge());
            return json(413, "{\"errorMessage\":\"Exceeded maximum allowed payload size (" + MAX_RESPONSE_BYTES
                    + " bytes).\",\"errorType\":\"RequestEntityTooLarge\"}");
        }
        invocation.complete(new RuntimeReply(success, body, request.header(ERROR_TYPE)));
        return json(202, "{\"status\":\"OK\"}");
    }

    /** The whole body, or null when it is longer than {@code limit}. */
    private static byte[] readBody(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? null : body;
    }

    private static CloudResponse json(int status, String json) {
        return CloudResponse.text(status, "application/json", json);
    }

    @Override
    public void close() {
        closed = true;
        listener.close();
    }
}
