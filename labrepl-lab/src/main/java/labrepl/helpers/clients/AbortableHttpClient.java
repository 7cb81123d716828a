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
 * On JDK 20+ nothing else can stop library code, and a learner's call to an endpoint that never
 * answers must not cost them their session.
 */
final class AbortableHttpClient implements SdkHttpClient {

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
                try {
                    return prepared.call();
                } catch (Error stopped) {
                    // On JDK 17 JShell stops a cell with Thread.stop. Its ThreadDeath, thrown while the
                    // client is between connecting and reading, skips the client's own clean-up and
                    // would leave the connection open and leased; abort closes it.
                    prepared.abort();
                    throw stopped;
                } finally {
                    inFlight.remove(prepared);
                }
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
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
