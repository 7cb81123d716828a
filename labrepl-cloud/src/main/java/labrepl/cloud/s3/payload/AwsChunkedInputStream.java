package labrepl.cloud.s3.payload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import labrepl.cloud.s3.protocol.S3Error;

/**
 * Decodes {@code Content-Encoding: aws-chunked}, the framing current SDKs use for uploads:
 * <pre>
 * hex-size[;chunk-signature=SIG]\r\n DATA \r\n   … repeated …
 * 0[;chunk-signature=SIG]\r\n
 * [x-amz-checksum-crc32:BASE64\r\n x-amz-trailer-signature:SIG\r\n]
 * \r\n
 * </pre>
 * Reads yield only the DATA bytes; trailing headers are collected for {@link #trailers()}.
 * Chunk signatures are parsed but not verified, as the local cloud accepts any credentials.
 */
final class AwsChunkedInputStream extends InputStream {

    private static final int MAX_LINE = 4096;

    private final InputStream raw;
    private final Map<String, String> trailers = new LinkedHashMap<>();
    private long remainingInChunk;
    private boolean finished;

    AwsChunkedInputStream(InputStream raw) {
        this.raw = raw;
    }

    /** Trailing headers by lower-case name; complete once the stream returned -1. */
    Map<String, String> trailers() {
        return trailers;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!finished && remainingInChunk == 0) {
            startChunk();
        }
        if (finished) {
            return -1;
        }
        int n = raw.read(buffer, offset, (int) Math.min(length, remainingInChunk));
        if (n < 0) {
            throw incomplete();
        }
        remainingInChunk -= n;
        if (remainingInChunk == 0) {
            expectLineEnd();
        }
        return n;
    }

    private void startChunk() throws IOException {
        String header = readLine();
        if (header == null) {
            throw incomplete();
        }
        String size = header.split(";", 2)[0].strip();
        try {
            remainingInChunk = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw invalidChunk();
        }
        if (remainingInChunk < 0) {
            throw invalidChunk();
        }
        if (remainingInChunk == 0) {
            readTrailers();
            finished = true;
        }
    }

    private void readTrailers() throws IOException {
        String line;
        while ((line = readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new S3Error(400, "MalformedTrailerError", "The request contained trailing data that was not"
                        + " well-formed or did not conform to our published schema.");
            }
            trailers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
    }

    private void expectLineEnd() throws IOException {
        if (raw.read() != '\r' || raw.read() != '\n') {
            throw invalidChunk();
        }
    }

    /** A CRLF-terminated line without its terminator, or null at end of stream. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        int b;
        while ((b = raw.read()) >= 0) {
            if (b == '\r') {
                if (raw.read() != '\n') {
                    throw invalidChunk();
                }
                return line.toString(StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            if (line.size() > MAX_LINE) {
                throw invalidChunk();
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static S3Error incomplete() {
        return new S3Error(400, "IncompleteBody", "The request body terminated unexpectedly");
    }

    private static S3Error invalidChunk() {
        return S3Error.invalidRequest("The request body is not well-formed aws-chunked encoding: each chunk is"
                + " HEX-SIZE[;chunk-signature=SIG] CRLF DATA CRLF, the last one of size 0.");
    }
}
