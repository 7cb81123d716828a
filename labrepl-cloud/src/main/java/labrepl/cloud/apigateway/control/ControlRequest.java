package labrepl.cloud.apigateway.control;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.apigateway.event.UrlDecoding;
import labrepl.cloud.http.CloudRequest;

/**
 * A call of the API Gateway v2 REST-JSON API, read once: the method, the decoded path segments
 * after {@code /v2/}, the query parameters and the JSON body's members.
 */
record ControlRequest(String method, List<String> path, Map<String, List<String>> query, Members body) {

    static ControlRequest read(CloudRequest request) throws IOException {
        List<String> segments = new ArrayList<>();
        for (String segment : request.rawPath().substring(1).split("/")) {
            segments.add(UrlDecoding.pathSegment(segment));
        }
        return new ControlRequest(request.method(), segments, query(request.rawQuery()), body(request));
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.computeIfAbsent(UrlDecoding.queryPart(parts[0]), k -> new ArrayList<>())
                    .add(parts.length < 2 ? "" : UrlDecoding.queryPart(parts[1]));
        }
        return query;
    }

    private static Members body(CloudRequest request) throws IOException {
        byte[] bytes = request.body().readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return new Members(new JsonObject());
        }
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw ApiGatewayError.badRequest("Invalid request body: a JSON object is expected.");
            }
            return new Members(parsed.getAsJsonObject());
        } catch (JsonParseException e) {
            throw ApiGatewayError.badRequest("Invalid request body: it is not well-formed JSON.");
        }
    }

    /** The path segment at {@code index} (0 is {@code v2}), or null past the end. */
    String segment(int index) {
        return index < path.size() ? path.get(index) : null;
    }

    String queryValue(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }
}
