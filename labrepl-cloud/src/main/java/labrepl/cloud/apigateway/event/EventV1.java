package labrepl.cloud.apigateway.event;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The payload format 1.0 event, REST APIs' shape: single and multi-value headers and query
 * parameters side by side, and null for what is absent.
 */
public final class EventV1 {

    private static final List<String> IDENTITY_NULLS = List.of("accessKey", "accountId", "caller",
            "cognitoAuthenticationProvider", "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId",
            "principalOrgId");

    private EventV1() {
    }

    public static JsonObject of(GatewayRequest request) {
        JsonObject event = new JsonObject();
        String path = UrlDecoding.path(request.rawPath());
        event.addProperty("version", "1.0");
        event.addProperty("resource", request.resourcePath());
        event.addProperty("path", path);
        event.addProperty("httpMethod", request.method());
        Map<String, List<String>> headers = EventParts.headers(request);
        event.add("headers", single(headers));
        event.add("multiValueHeaders", multiple(headers));
        Map<String, List<String>> query = EventParts.query(request.rawQuery());
        event.add("queryStringParameters", query.isEmpty() ? JsonNull.INSTANCE : single(query));
        event.add("multiValueQueryStringParameters", query.isEmpty() ? JsonNull.INSTANCE : multiple(query));
        event.add("requestContext", context(request, path));
        event.add("pathParameters", request.pathParameters().isEmpty() ? JsonNull.INSTANCE
                : EventParts.strings(request.pathParameters()));
        event.add("stageVariables", request.stageVariables().isEmpty() ? JsonNull.INSTANCE
                : EventParts.strings(request.stageVariables()));
        boolean base64 = EventParts.base64(request);
        var body = EventParts.body(request, base64);
        event.add("body", body);
        event.addProperty("isBase64Encoded", !body.isJsonNull() && base64);
        return event;
    }

    private static JsonObject context(GatewayRequest request, String path) {
        JsonObject context = new JsonObject();
        context.addProperty("accountId", request.accountId());
        context.addProperty("apiId", request.apiId());
        JsonObject authorizer = new JsonObject();
        authorizer.add("claims", JsonNull.INSTANCE);
        authorizer.add("scopes", JsonNull.INSTANCE);
        context.add("authorizer", authorizer);
        context.addProperty("domainName", request.domainName());
        context.addProperty("domainPrefix", EventParts.prefix(request.domainName()));
        context.addProperty("extendedRequestId", request.requestId());
        context.addProperty("httpMethod", request.method());
        JsonObject identity = new JsonObject();
        IDENTITY_NULLS.forEach(name -> identity.add(name, JsonNull.INSTANCE));
        identity.addProperty("sourceIp", request.sourceIp());
        identity.add("user", JsonNull.INSTANCE);
        identity.addProperty("userAgent", request.userAgent());
        identity.add("userArn", JsonNull.INSTANCE);
        context.add("identity", identity);
        context.addProperty("path", path);
        context.addProperty("protocol", "HTTP/1.1");
        context.addProperty("requestId", request.requestId());
        context.addProperty("requestTime", EventParts.time(request));
        context.addProperty("requestTimeEpoch", request.received().toEpochMilli());
        context.add("resourceId", JsonNull.INSTANCE);
        context.addProperty("resourcePath", request.resourcePath());
        context.addProperty("stage", request.stage());
        return context;
    }

    /** Each name with its last value, as REST APIs' single-value maps hold it. */
    private static JsonObject single(Map<String, List<String>> values) {
        JsonObject json = new JsonObject();
        values.forEach((name, list) -> json.addProperty(name, list.get(list.size() - 1)));
        return json;
    }

    private static JsonObject multiple(Map<String, List<String>> values) {
        JsonObject json = new JsonObject();
        values.forEach((name, list) -> {
            JsonArray array = new JsonArray();
            list.forEach(array::add);
            json.add(name, array);
        });
        return json;
    }
}
