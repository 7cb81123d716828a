package labrepl.cloud.apigateway.event;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The payload format 2.0 event: header names lower-cased and repeated values joined with commas,
 * cookies apart, query parameters joined likewise; members with nothing to say are left out.
 */
public final class EventV2 {

    private EventV2() {
    }

    public static JsonObject of(GatewayRequest request) {
        JsonObject event = new JsonObject();
        event.addProperty("version", "2.0");
        event.addProperty("routeKey", request.routeKey());
        event.addProperty("rawPath", request.rawPath());
        event.addProperty("rawQueryString", request.rawQuery());
        Map<String, List<String>> headers = EventParts.headers(request);
        List<String> cookieHeaders = headers.remove("cookie");
        if (cookieHeaders != null) {
            JsonArray cookies = new JsonArray();
            for (String header : cookieHeaders) {
                for (String cookie : header.split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.strip());
                    }
                }
            }
            event.add("cookies", cookies);
        }
        JsonObject headerObject = new JsonObject();
        headers.forEach((name, values) -> headerObject.addProperty(name, String.join(",", values)));
        event.add("headers", headerObject);
        Map<String, List<String>> query = EventParts.query(request.rawQuery());
        if (!query.isEmpty()) {
            JsonObject parameters = new JsonObject();
            query.forEach((name, values) -> parameters.addProperty(name, String.join(",", values)));
            event.add("queryStringParameters", parameters);
        }
        event.add("requestContext", context(request));
        boolean base64 = EventParts.base64(request);
        JsonElement body = EventParts.body(request, base64);
        if (!body.isJsonNull()) {
            event.add("body", body);
        }
        if (!request.pathParameters().isEmpty()) {
            event.add("pathParameters", EventParts.strings(request.pathParameters()));
        }
        event.addProperty("isBase64Encoded", !body.isJsonNull() && base64);
        if (!request.stageVariables().isEmpty()) {
            event.add("stageVariables", EventParts.strings(request.stageVariables()));
        }
        return event;
    }

    private static JsonObject context(GatewayRequest request) {
        JsonObject context = new JsonObject();
        context.addProperty("accountId", request.accountId());
        context.addProperty("apiId", request.apiId());
        context.addProperty("domainName", request.domainName());
        context.addProperty("domainPrefix", EventParts.prefix(request.domainName()));
        JsonObject http = new JsonObject();
        http.addProperty("method", request.method());
        http.addProperty("path", UrlDecoding.path(request.rawPath()));
        http.addProperty("protocol", "HTTP/1.1");
        http.addProperty("sourceIp", request.sourceIp());
        http.addProperty("userAgent", request.userAgent());
        context.add("http", http);
        context.addProperty("requestId", request.requestId());
        context.addProperty("routeKey", request.routeKey());
        context.addProperty("stage", request.stage());
        context.addProperty("time", EventParts.time(request));
        context.addProperty("timeEpoch", request.received().toEpochMilli());
        return context;
    }
}
