package labrepl.cloud.lambda.bootstrap;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The function's side of the Lambda Runtime API at {@code AWS_LAMBDA_RUNTIME_API}: one kept-alive
 * HTTP/1.1 connection, written by hand because java.net.http costs a tenth of a second of every
 * cold start and the requests are four fixed shapes.
 */
final class RuntimeApiClient {

    private static final String BASE = "/2018-06-01/runtime";

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RuntimeApiClient(String address) {
        int colon = address.lastIndexOf(':');
        this.host = address.substring(0, colon);
        this.port = Integer.parseInt(address.substring(colon + 1));
    }

    /** Blocks until the platform hands this environment an invocation. */
    Invocation next() throws IOException {
        Response response = exchange("GET", BASE + "/invocation/next", null, null);
        if (response.status != 200) {
            throw new IOException("The Runtime API answered " + response.status + " to next");
        }
        Map<String, String> h = response.headers;
        String deadline = h.get("lambda-runtime-deadline-ms");
        return new Invocation(h.get("lambda-runtime-aws-request-id"),
                deadline == null ? Long.MAX_VALUE : Long.parseLong(deadline),
                h.get("lambda-runtime-invoked-function-arn"), h.get("lambda-runtime-trace-id"),
                h.get("lambda-runtime-client-context"), h.get("lambda-runtime-cognito-identity"), response.body);
    }

    void respond(String requestId, byte[] result) throws IOException {
        exchange("POST", BASE + "/invocation/" + requestId + "/response", result, null);
    }

    void fail(String requestId, FunctionError error) throws IOException {
        exchange("POST", BASE + "/invocation/" + requestId + "/error", error.json(), error.category());
    }

    void failInit(FunctionError error) throws IOException {
        exchange("POST", BASE + "/init/error", error.json(), error.category());
    }

    private Response exchange(String method, String path, byte[] body, String errorType) throws IOException {
        connect();
        StringBuilder request = new StringBuilder(160).append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
        if (errorType != null) {
            request.append("Lambda-Runtime-Function-Error-Type: ").append(errorType).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        return readResponse();
    }

    private void connect() throws IOException {
        if (socket == null || socket.isClosed()) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            throw new IOException("The Runtime API closed the connection");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body = readBody(headers);
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            socket.close();
        }
        return new Response(status, headers, body);
    }

    private byte[] readBody(Map<String, String> headers) throws IOException {
        String length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        if (!"chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new byte[0];
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(readLine().trim(), 16); size > 0; size = Integer.parseInt(readLine().trim(), 16)) {
            body.write(in.readNBytes(size));
            readLine();
        }
        readLine();
        return body.toByteArray();
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private record Response(int status, Map<String, String> headers, byte[] body) {
    }
}
