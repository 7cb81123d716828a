package labrepl.cloud.s3.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.auth.Principal;
import labrepl.cloud.s3.payload.IncomingPayload;
import labrepl.cloud.s3.protocol.RequestTarget;
import labrepl.cloud.s3.protocol.S3Error;

/**
 * One S3 REST request, parsed once at the edge: method, bucket and key, query parameters,
 * headers, who sent it and from where. Operations read everything from here.
 */
public record S3Request(String method, RequestTarget target, Map<String, String> query, HttpHeaders headers,
                        InputStream body, Principal principal, String sourceIp, Instant received) {

    /** Configuration documents are small; S3 caps most at tens of kilobytes. */
    private static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    public String bucket() {
        return target.bucket();
    }

    public String key() {
        return target.key();
    }

    public String header(String name) {
        return headers.first(name);
    }

    public boolean hasQuery(String name) {
        return query.containsKey(name);
    }

    public String query(String name) {
        return query.get(name);
    }

    /** The body's bytes checked against Content-MD5 and checksum headers: for XML and policy documents. */
    public byte[] document() {
        IncomingPayload payload = IncomingPayload.of(body, headers);
        try {
            byte[] bytes = payload.stream().readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw S3Error.invalidRequest("The request body is larger than the local cloud accepts for a"
                        + " configuration document (1 MiB).");
            }
            payload.verify();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
