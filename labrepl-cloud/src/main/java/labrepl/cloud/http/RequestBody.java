package labrepl.cloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request's body as the handler reads it. A client that sent {@code Expect: 100-continue} is
 * told to go on only when the handler first reads, so an answer given without the body (S3's
 * NoSuchBucket for a PUT) reaches the client before it uploads anything. A failure to read
 * (the client went away, or framed its chunks wrongly) is kept: it, not the handler, decides
 * what the listener answers.
 */
final class RequestBody extends InputStream {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final InputStream framed;
    /** Where to send 100 Continue; null once sent, or when the client does not wait for it. */
    private OutputStream awaitingContinue;
    private IOException failure;

    RequestBody(InputStream framed, OutputStream awaitingContinue) {
        this.framed = framed;
        this.awaitingContinue = awaitingContinue;
    }

    @Override
    public int read() throws IOException {
        try {
            proceed();
            return framed.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            proceed();
            return framed.read(buffer, offset, length);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int available() throws IOException {
        return awaitingContinue == null ? framed.available() : 0;
    }

    /** Why reading the body failed, or null when it did not. */
    IOException failure() {
        return failure;
    }

    /** Whether the client still waits for 100 Continue, so its body is not on the connection. */
    boolean withheld() {
        return awaitingContinue != null;
    }

    private void proceed() throws IOException {
        if (awaitingContinue != null) {
            OutputStream out = awaitingContinue;
            awaitingContinue = null;
            out.write(CONTINUE);
            out.flush();
        }
    }
}
