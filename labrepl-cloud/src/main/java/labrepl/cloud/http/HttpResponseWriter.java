package labrepl.cloud.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes answers onto a connection: the status line, the listener's own Date and framing
 * fields (Content-Length, or chunked for a body of unknown length; an HTTP/1.0 client, which
 * knows no chunks, reads such a body until the connection closes), then the body. A HEAD
 * answer keeps its Content-Length and sends no body.
 */
final class HttpResponseWriter {

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(100, "Continue"),
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(206, "Partial Content"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"), Map.entry(400, "Bad Request"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(409, "Conflict"), Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(416, "Requested Range Not Satisfiable"), Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private HttpResponseWriter() {
    }

    /** Whether the connection must end after this answer: the handler says so, or only its end can mark the body's. */
    static boolean endsConnection(HttpRequestReader.Head head, CloudResponse response) {
        String connection = response.headers().first("Connection");
        return connection != null && connection.equalsIgnoreCase("close")
                || !head.http11() && hasBody(response) && response.body().length() == CloudResponse.UNKNOWN_LENGTH;
    }

    static void write(OutputStream out, HttpRequestReader.Head head, CloudResponse response, boolean keepAlive)
            throws IOException {
        int status = response.statusCode();
        CloudResponse.Body body = hasBody(response) ? response.body() : null;
        boolean unknownLength = body != null && body.length() == CloudResponse.UNKNOWN_LENGTH;
        boolean chunked = unknownLength && head.http11();
        StringBuilder text = statusLine(status).append("Date: ").append(HttpDate.now()).append("\r\n");
        response.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")
                    && !name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Date")) {
                values.forEach(value -> text.append(name).append(": ").append(value).append("\r\n"));
            }
        });
        if (chunked) {
            text.append("Transfer-Encoding: chunked\r\n");
        } else if (!unknownLength && !bodiless(status)) {
            text.append("Content-Length: ").append(body == null ? 0 : body.length()).append("\r\n");
        }
        if (!keepAlive) {
            text.append("Connection: close\r\n");
        } else if (!head.http11()) {
            text.append("Connection: keep-alive\r\n"); // an HTTP/1.0 client closes unless told otherwise
        } else if (response.headers().first("Connection") != null) {
            text.append("Connection: ").append(response.headers().first("Connection")).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null && !head.method().equals("HEAD")) {
            if (chunked) {
                ChunkedOutputStream chunks = new ChunkedOutputStream(out);
                body.writeTo(chunks);
                chunks.finish();
            } else {
                body.writeTo(out);
            }
        }
        out.flush();
    }

    /** The listener's own answer to a request it cannot take (or a connection it cannot serve); the connection closes after it. */
    static void writeError(OutputStream out, int status, String message) throws IOException {
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(statusLine(status).append("Date: ").append(HttpDate.now())
                .append("\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ").append(bytes.length)
                .append("\r\nConnection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static StringBuilder statusLine(int status) {
        return new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "")).append("\r\n");
    }

    private static boolean hasBody(CloudResponse response) {
        return response.body() != null && !bodiless(response.statusCode());
    }

    private static boolean bodiless(int status) {
        return status == 304 || status == 204 || status < 200;
    }

    /** Writes what it is given as chunks of the chunked transfer coding; {@link #finish} writes the last. */
    private static final class ChunkedOutputStream extends OutputStream {
        private final OutputStream out;

        ChunkedOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, offset, length);
            out.write('\r');
            out.write('\n');
        }

        void finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
