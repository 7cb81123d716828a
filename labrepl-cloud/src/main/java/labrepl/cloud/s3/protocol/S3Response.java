package labrepl.cloud.s3.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer before it is written: status, headers and a body that is bytes or a stream of known length. */
public final class S3Response {

    /** A body written once, straight to the connection. */
    public interface Body {
        long length();

        void writeTo(OutputStream out) throws IOException;
    }

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Body body;

    private S3Response(int status, Body body) {
        this.status = status;
        this.body = body;
    }

    public static S3Response status(int status) {
        return new S3Response(status, null);
    }

    public static S3Response ok() {
        return status(200);
    }

    public static S3Response noContent() {
        return status(204);
    }

    public static S3Response xml(byte[] document) {
        return bytes(200, "application/xml", document);
    }

    public static S3Response bytes(int status, String contentType, byte[] bytes) {
        S3Response response = new S3Response(status, new Body() {
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
    public static S3Response stream(int status, long length, StreamOpener opener) {
        return new S3Response(status, new Body() {
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

    /** Opens the stream a response body is copied from. */
    public interface StreamOpener {
        InputStream open() throws IOException;
    }

    /** The same headers and body with another status (an error document served as a 404). */
    public S3Response withStatus(int otherStatus) {
        S3Response copy = new S3Response(otherStatus, body);
        copy.headers.putAll(headers);
        return copy;
    }

    public S3Response header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    public int statusCode() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The body, or null when there is none. */
    public Body body() {
        return body;
    }
}
