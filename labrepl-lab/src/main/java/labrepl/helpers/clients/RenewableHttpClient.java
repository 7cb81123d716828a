package labrepl.helpers.clients;

import java.io.IOException;
import java.util.function.Supplier;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The session's HTTP client, replaced by a fresh one when its connection pool has been shut down,
 * so that one bad moment never costs the learner every later call of the session. The Apache
 * client shuts its pool down for good when an {@code Error} passes through a call (a
 * {@code StackOverflowError}, an {@code AssertionError} from a body stream); the next call then
 * gets a new client, with one short note. A call that finds the pool shut down anyway sent nothing,
 * so it is made again on a new client.
 */
final class RenewableHttpClient implements SdkHttpClient {

    static final String NOTE = "(LabREPL: an error inside the SDK had closed the session's connections;"
            + " new ones are open.)";
    private static final String POOL_SHUT_DOWN = "Connection pool shut down";

    private final Supplier<SdkHttpClient> factory;
    private volatile SdkHttpClient delegate;
    private volatile boolean renewBeforeNextCall;
    private volatile boolean closed;

    RenewableHttpClient(Supplier<SdkHttpClient> factory) {
        this.factory = factory;
        this.delegate = factory.get();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if (renewBeforeNextCall) {
            renew();
        }
        SdkHttpClient client = delegate;
        ExecutableHttpRequest prepared = client.prepareRequest(request);
        return new ExecutableHttpRequest() {
            private volatile ExecutableHttpRequest current = prepared;

            @Override
            public HttpExecuteResponse call() throws IOException {
                try {
                    return current.call();
                } catch (IllegalStateException e) {
                    if (!POOL_SHUT_DOWN.equals(e.getMessage()) || closed) {
                        throw e;
                    }
                    renewIfStill(client);
                    current = delegate.prepareRequest(request);
                    return current.call();
                } catch (Error e) {
                    renewBeforeNextCall = true;
                    throw e;
                }
            }

            @Override
            public void abort() {
                current.abort();
            }
        };
    }

    private void renew() {
        renewIfStill(delegate);
    }

    /** Replaces {@code broken} unless another thread already has; says so once. */
    private synchronized void renewIfStill(SdkHttpClient broken) {
        renewBeforeNextCall = false;
        if (delegate != broken || closed) {
            return;
        }
        delegate = factory.get();
        broken.close();
        System.err.println(NOTE);
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public synchronized void close() {
        closed = true;
        delegate.close();
    }
}
