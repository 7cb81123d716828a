package labrepl.cloud.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads HTTP/1.1 requests off one connection: the request line and header fields (bytes read as
 * ISO-8859-1, as every HTTP server does), and a body framed by Content-Length or chunked
 * transfer coding. Requests follow one another on the same stream (keep-alive, pipelining).
 */
final class HttpRequestReader {

    /** The most a request line or the whole header section may take, as the JDK's server allowed. */
    static final int MAX_HEAD_BYTES = 384 * 1024;
    private static final int MAX_HEADERS = 500;

    /** What a request's head says; {@code rawQuery} null when the target has no {@code ?}. */
    record Head(String method, String rawPath, String rawQuery, String version, HttpHeaders headers) {

        boolean http11() {
            return version.equals("HTTP/1.1");
        }

        /** Whether the client keeps the connection open after this exchange. */
        boolean keepsAlive() {
            String connection = headers.first("Connection");
            if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
                return false;
            }
            return http11() || connection != null && connection.toLowerCase(Locale.ROOT).contains("keep-alive");
        }

        /** Whether the client waits for 100 Continue before it sends a body it has. */
        boolean expectsContinue() {
            String length = headers.first("Content-Length");
            boolean hasBody = headers.first("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
            return http11() && hasBody && "100-continue".equalsIgnoreCase(headers.first("Expect"));
        }
    }

    /** A request this reader cannot take: answered with {@code status}, then the connection closes. */
    static final class Malformed extends IOException {
        private final int status;

        Malformed(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final InputStream in;
    private final byte[] line = new byte[8192];
    /** The bytes of the line {@link #readLine} read last: {@link #line}, or a larger copy for a longer line. */
    private byte[] lineRead = line;

    /** {@code in} must be buffered: the head is read a byte at a time. */
    HttpRequestReader(InputStream in) {
        this.in = in;
    }

    /** The next request's head, or null when the client closed the connection between requests. */
    Head readHead() throws IOException {
        int length;
        do {
            length = readLine(MAX_HEAD_BYTES, true);
            if (length < 0) {
                return null;
            }
        } while (length == 0); // a stray CRLF between requests is allowed
        String requestLine = new String(lineRead, 0, length, StandardCharsets.ISO_8859_1);
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
            throw new Malformed(400, "Bad request line");
        }
        String target = originForm(parts[1]);
        int question = target.indexOf('?');
        HttpHeaders headers = readHeaders();
        return new Head(parts[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? null : target.substring(question + 1), parts[2], headers);
    }

    /** The path and query of a target, also when a client sends it absolute ({@code http://host/path}). */
    private static String originForm(String target) throws Malformed {
        if (target.startsWith("/")) {
            return target;
        }
        int scheme = target.indexOf("://");
        if (scheme > 0) {
            int path = target.indexOf('/', scheme + 3);
            return path < 0 ? "/" : target.substring(path);
        }
        if (target.equals("*")) {
            return "*";
        }
        throw new Malformed(400, "Bad request target");
    }

    /** The header fields, each name and value read straight from the line's bytes, without surrounding whitespace. */
    private HttpHeaders readHeaders() throws IOException {
        HttpHeaders headers = new HttpHeaders();
        int budget = MAX_HEAD_BYTES;
        String name = null;
        String value = null;
        for (int count = 0; ; count++) {
            int length = readLine(budget, false);
            budget -= length + 2;
            if (length == 0) {
                break;
            }
            if (budget < 0) {
                throw new Malformed(431, "Request head too large");
            }
            if (count > MAX_HEADERS) {
                throw new Malformed(431, "Too many header fields");
            }
            byte[] bytes = lineRead;
            if ((bytes[0] == ' ' || bytes[0] == '\t') && value != null) {
                value = value + ' ' + stripped(bytes, 0, length); // an obsolete folded continuation line
                continue;
            }
            if (name != null) {
                headers.add(name, value);
            }
            int colon = 0;
            while (colon < length && bytes[colon] != ':') {
                colon++;
            }
            if (colon == 0 || colon == length) {
                throw new Malformed(400, "Bad header field");
            }
            name = stripped(bytes, 0, colon);
            value = stripped(bytes, colon + 1, length);
        }
        if (name != null) {
            headers.add(name, value);
        }
        return headers;
    }

    /** The text of {@code bytes[from, to)} without leading and trailing whitespace, as String.strip() gives it. */
    private static String stripped(byte[] bytes, int from, int to) {
        while (from < to && Character.isWhitespace((char) (bytes[from] & 0xFF))) {
            from++;
        }
        while (to > from && Character.isWhitespace((char) (bytes[to - 1] & 0xFF))) {
            to--;
        }
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads one line into {@link #lineRead} and returns its length without its CRLF (a bare LF ends
     * it too), or -1 at the end of the stream when {@code endAllowed} and nothing was read.
     */
    private int readLine(int maxBytes, boolean endAllowed) throws IOException {
        byte[] buffer = line;
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (length == 0 && endAllowed) {
                    return -1;
                }
                throw new EOFException("Connection closed in the middle of a request's head");
            }
            if (b == '\n') {
                break;
            }
            if (length == buffer.length) {
                if (length >= maxBytes) {
                    throw new Malformed(431, "Request head too large");
                }
                buffer = java.util.Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxBytes + 1));
            }
            buffer[length++] = (byte) b;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        lineRead = buffer;
        return length;
    }

    /** The request's body: chunked, of its Content-Length, or empty; a transfer coding other than chunked is a 501. */
    InputStream body(Head head) throws Malformed {
        String encoding = head.headers().first("Transfer-Encoding");
        if (encoding != null) {
            if (!encoding.toLowerCase(Locale.ROOT).strip().endsWith("chunked")) {
                throw new Malformed(501, "Transfer coding not implemented: " + encoding);
            }
            return new ChunkedInputStream(in);
        }
        String length = head.headers().first("Content-Length");
        if (length == null) {
            return InputStream.nullInputStream();
        }
        try {
            long bytes = Long.parseLong(length.strip());
            if (bytes < 0) {
                throw new NumberFormatException();
            }
            return new FixedLengthInputStream(in, bytes);
        } catch (NumberFormatException e) {
            throw new Malformed(400, "Bad Content-Length");
        }
    }

    /** Exactly {@code remaining} bytes of the connection, then the end. */
    private static final class FixedLengthInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        FixedLengthInputStream(InputStream in, long length) {
            this.in = in;
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Connection closed before the end of the request body");
            }
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read < 0) {
                throw new EOFException("Connection closed before the end of the request body");
            }
            remaining -= read;
            return read;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(in.available(), remaining);
        }
    }

    /** A chunked body: each chunk's size in hex on its own line, the data, CRLF; a 0 chunk and trailers end it. */
    private final class ChunkedInputStream extends InputStream {
        private final InputStream in;
        private long chunkLeft;
        private boolean done;

        ChunkedInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (chunkLeft == 0) {
                chunkLeft = nextChunkSize();
                if (chunkLeft == 0) {
                    while (readLine(MAX_HEAD_BYTES, false) > 0) {
                        // trailer fields: not used
                    }
                    done = true;
                    return -1;
                }
            }
            int read = in.read(buffer, offset, (int) Math.min(length, chunkLeft));
            if (read < 0) {
                throw new EOFException("Connection closed in the middle of a chunk");
            }
            chunkLeft -= read;
            if (chunkLeft == 0 && readLine(2, false) > 0) {
                throw new Malformed(400, "A chunk does not end with CRLF");
            }
            return read;
        }

        private long nextChunkSize() throws IOException {
            int length = readLine(1024, false);
            String sizeLine = new String(lineRead, 0, length, StandardCharsets.ISO_8859_1);
            int extension = sizeLine.indexOf(';');
            long size;
            try {
                size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip(), 16);
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 0) {
                throw new Malformed(400, "Bad chunk size");
            }
            return size;
        }
    }
}
