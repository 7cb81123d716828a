package labrepl.cloud;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * One protocol served on the local cloud's listener (DynamoDB, S3, website hosting, …).
 * The router asks each service in turn whether a request is its own, so a service's
 * {@link #accepts} must look only at the request line and headers, never the body.
 */
public interface CloudService extends AutoCloseable {

    boolean accepts(HttpExchange exchange);

    void handle(HttpExchange exchange) throws IOException;

    /** Stops the service's background work; the cloud calls it before closing storage. */
    @Override
    default void close() {
    }
}
