package labrepl.cloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An answer before it is written: status, header fields and a body that is bytes or a stream of known length. */
public final class CloudResponse {

    /** A body written once, straight to the connection. */
    public interface Body {
        long length();

        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the stream a response body is copied from. */
    public interface StreamOpener {
        InputStream open() throws IOException;
    }

    private final int status;
    private final HttpHeaders headers;
    private final Body body;

    private CloudResponse(int status, HttpHeaders headers, Body body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** An answer with no body. */
    public static CloudResponse status(int status) {
        return new CloudResponse(status, new HttpHeaders(), null);
    }

    public static CloudResponse ok() {
        return status(200);
    }

    public static CloudResponse noContent() {
        return status(204);
    }

    public static CloudResponse xml(byte[] document) {
        return bytes(200, "application/xml", document);
    }

    public static CloudResponse text(int status, String contentType, String text) {
        return bytes(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public static CloudResponse bytes(int status, String contentType, byte[] bytes) {
        CloudResponse response = new CloudResponse(status, new HttpHeaders(), new Body() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }
        });
        return response.header("Content-Type", contentType);
    }

    /** A body streamed from {@code opener} when written; the stream is closed afterwards. */
    public static CloudResponse stream(int status, long length, StreamOpener opener) {
        return new CloudResponse(status, new HttpHeaders(), new Body() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (InputStream in = opener.open()) {
                    in.transferTo(out);
                }
            }
        });
    }

    /** The same headers and body with another status (an error document served as a 404). */
    public CloudResponse withStatus(int otherStatus) {
        return new CloudResponse(otherStatus, headers.copy(), body);
    }

    /** Sets a header; a null value leaves the response as it is, so optional fields read simply. */
    public CloudResponse header(String name, String value) {
        if (value != null) {
            headers.set(name, value);
        }
        return this;
    }

    public int statusCode() {
        return status;
    }

    public HttpHeaders headers() {
        return headers;
    }

    /** The body, or null when there is none. */
    public Body body() {
        return body;
    }
}
