package labrepl.cloud.lambda.environment;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** An invocation handed to an environment: picked up by the runtime, then answered. */
final class PendingInvocation {

    private final InvocationRequest request;
    private final InvocationLog log;
    private final CompletableFuture<Long> pickedUp = new CompletableFuture<>();
    private final CompletableFuture<RuntimeReply> reply = new CompletableFuture<>();

    PendingInvocation(InvocationRequest request, InvocationLog log) {
        this.request = request;
        this.log = log;
    }

    String requestId() {
        return request.requestId();
    }

    String functionArn() {
        return request.functionArn();
    }

    String traceId() {
        return request.traceId();
    }

    byte[] payload() {
        return request.payload();
    }

    Duration timeout() {
        return request.timeout();
    }

    /**
     * Marks the runtime's pick-up and returns the deadline it is told, in epoch milliseconds. The
     * log's START line is written here, before the runtime can print anything for this event.
     */
    long pickUp() {
        long now = System.nanoTime();
        log.started();
        pickedUp.complete(now);
        return System.currentTimeMillis() + request.timeout().toMillis();
    }

    /** Completes with {@link System#nanoTime()} at pick-up. */
    CompletableFuture<Long> pickedUp() {
        return pickedUp;
    }

    CompletableFuture<RuntimeReply> reply() {
        return reply;
    }

    void complete(RuntimeReply answer) {
        reply.complete(answer);
    }
}
