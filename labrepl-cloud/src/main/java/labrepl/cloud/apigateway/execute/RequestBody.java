package labrepl.cloud.apigateway.execute;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import labrepl.cloud.http.CloudRequest;

/** Reads a call's body, refusing one above HTTP APIs' 10 MB payload limit. */
final class RequestBody {

    static final int LIMIT = 10 * 1024 * 1024;
    /** How much of a refused body is read and dropped, so the client gets its 413 rather than a reset. */
    private static final long DRAINED = 64L * 1024 * 1024;

    private RequestBody() {
    }

    /** The body, or empty when it is larger than the limit. */
    static Optional<byte[]> read(CloudRequest request) throws IOException {
        InputStream body = request.body();
        if (declaredLength(request) > LIMIT) {
            drain(body, 0);
            return Optional.empty();
        }
        byte[] bytes = body.readNBytes(LIMIT + 1);
        if (bytes.length > LIMIT) {
            drain(body, bytes.length);
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    private static long declaredLength(CloudRequest request) {
        String length = request.header("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void drain(InputStream body, long alreadyRead) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = alreadyRead;
        int n;
        while (read < DRAINED && (n = body.read(buffer)) >= 0) {
            read += n;
        }
    }
}
