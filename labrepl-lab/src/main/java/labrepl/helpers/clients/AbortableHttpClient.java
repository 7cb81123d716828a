package labrepl.helpers.clients;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Wraps the SDK's HTTP client so that Ctrl-C can stop a cell blocked in an SDK call: a thread
 * waiting on a socket ignores interrupts, but closing its connection ({@code abort}) wakes it.
 * Nothing else stops library code, and a learner's call to an endpoint that never answers must not
 * cost them their session. It also tells whether the current thread is inside a call, where a
 * Ctrl-C stop must wait (see {@code StopSwitch}).
 */
final class AbortableHttpClient implements SdkHttpClient {

    private static final ThreadLocal<Boolean> IN_CALL = ThreadLocal.withInitial(() -> false);

    private final SdkHttpClient delegate;
    private final Map<ExecutableHttpRequest, Thread> inFlight = new ConcurrentHashMap<>();

    AbortableHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest prepared = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                inFlight.put(prepared, Thread.currentThread());
                boolean outer = !IN_CALL.get();
                IN_CALL.set(true);
                try {
                    return prepared.call();
                } finally {
                    if (outer) {
                        IN_CALL.set(false);
                    }
                    inFlight.remove(prepared);
                }
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
    }

    /** Whether the calling thread is waiting on (or sending the body of) an HTTP call of a session client. */
    static boolean inCallOnThisThread() {
        return IN_CALL.get();
    }

    /** Closes every connection in use and interrupts the threads waiting on them; returns how many. */
    int abortAll() {
        int aborted = 0;
        for (Map.Entry<ExecutableHttpRequest, Thread> call : inFlight.entrySet()) {
            call.getKey().abort();
            call.getValue().interrupt();
            aborted++;
        }
        return aborted;
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
