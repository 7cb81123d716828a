package labrepl.cloud.http;

import java.io.IOException;

/**
 * One protocol served on the local cloud's listener (DynamoDB, S3, website hosting, …). The
 * listener asks each registered service in turn whether a request is its own, so
 * {@link #accepts} must look only at the request line and headers, never the body.
 */
public interface CloudService extends AutoCloseable {

    boolean accepts(CloudRequest request);

    /**
     * The answer to a request this service accepted. Errors of the protocol are answers too;
     * an exception that escapes is a bug, logged and answered with a 500.
     */
    CloudResponse handle(CloudRequest request) throws IOException;

    /** Stops the service's background work; the cloud calls it before closing storage. */
    @Override
    default void close() {
    }
}
