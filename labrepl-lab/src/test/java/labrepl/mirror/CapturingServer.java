package labrepl.mirror;

import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.payload.IncomingPayload;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A loopback endpoint that records every request it is sent, as what it means: method, decoded
 * path and query, the headers that carry request members, and the body as JSON or XML (or the
 * bytes of an upload). It answers 200 with an empty document, enough for the caller's request to
 * be whole; what the caller makes of the answer does not matter here.
 */
final class CapturingServer implements AutoCloseable {

    /** Headers that change with every request (signing, dates, checksums, agents), never compared. */
    private static final Set<String> VOLATILE = Set.of("x-amz-date", "x-amz-content-sha256", "x-amz-security-token",
            "x-amz-user-agent", "x-amz-sdk-checksum-algorithm", "x-amz-decoded-content-length", "x-amz-trailer",
            "x-amz-te", "x-amz-checksum-crc32", "x-amz-checksum-crc32c", "x-amz-checksum-crc64nvme",
            "x-amz-checksum-sha1", "x-amz-checksum-sha256");

    /** A request as the service reads it. */
    record Request(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                   Object body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();

    CapturingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized List<Request> takeRequests() {
        List<Request> taken = List.copyOf(requests);
        requests.clear();
        return taken;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw;
            HttpHeaders headers = new HttpHeaders();
            exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> headers.add(name, value)));
            try (InputStream body = IncomingPayload.of(exchange.getRequestBody(), headers).stream()) {
                raw = body.readAllBytes();
            }
            Request request = read(exchange, raw);
            synchronized (this) {
                requests.add(request);
            }
            boolean json = request.headers().containsKey("x-amz-target");
            byte[] answer = (json ? "{}" : "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", json ? "application/x-amz-json-1.0" : "application/xml");
            exchange.getResponseHeaders().set("x-amzn-RequestId", "captured");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static Request read(HttpExchange exchange, byte[] body) {
        URI uri = exchange.getRequestURI();
        Map<String, List<String>> query = new TreeMap<>();
        String rawQuery = uri.getRawQuery();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!name.equals("x-id")) {
                    query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-amz-") && !VOLATILE.contains(lower) || lower.equals("content-type") && body.length > 0) {
                headers.put(lower, String.join(",", values));
            }
        });
        return new Request(exchange.getRequestMethod(), decode(uri.getRawPath()), query, headers, body(headers, body));
    }

    private static Object body(Map<String, String> headers, byte[] body) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return JsonParser.parseString(trimmed);
        }
        if (trimmed.startsWith("<")) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
                return xml(root);
            } catch (Exception e) {
                return text;
            }
        }
        return text;
    }

    /** An element as its local name with its children (or its text), whitespace between elements ignored. */
    private static String xml(Element element) {
        StringBuilder out = new StringBuilder(element.getLocalName()).append('(');
        boolean children = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                out.append(xml((Element) child));
                children = true;
            }
        }
        if (!children) {
            out.append(element.getTextContent().strip());
        }
        return out.append(')').toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
