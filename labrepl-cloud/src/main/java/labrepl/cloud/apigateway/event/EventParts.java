package labrepl.cloud.apigateway.event;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** What the two payload formats share: decoded query parameters, the body as text or base64, dates. */
final class EventParts {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/javascript",
            "application/xml", "application/ecmascript", "application/x-javascript", "application/graphql");

    private EventParts() {
    }

    /** Query parameters in order, each name with its decoded values. */
    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            query.computeIfAbsent(UrlDecoding.queryPart(parts[0]), k -> new ArrayList<>())
                    .add(parts.length < 2 ? "" : UrlDecoding.queryPart(parts[1]));
        }
        return query;
    }

    /**
     * The body as the event carries it: text when the content type is textual, else base64
     * ({@code isBase64Encoded} true), as HTTP APIs pass a form post or an image.
     */
    static boolean base64(GatewayRequest request) {
        String type = request.headers().first("Content-Type");
        if (type == null) {
            return true;
        }
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return !(mediaType.startsWith("text/") || TEXT_TYPES.contains(mediaType) || mediaType.endsWith("+json")
                || mediaType.endsWith("+xml"));
    }

    static JsonElement body(GatewayRequest request, boolean base64) {
        if (request.body().length == 0) {
            return JsonNull.INSTANCE;
        }
        return new com.google.gson.JsonPrimitive(base64 ? Base64.getEncoder().encodeToString(request.body())
                : new String(request.body(), StandardCharsets.UTF_8));
    }

    static String time(GatewayRequest request) {
        return TIME.format(request.received());
    }

    static JsonObject strings(Map<String, String> values) {
        JsonObject json = new JsonObject();
        values.forEach(json::addProperty);
        return json;
    }

    /** The first label of the domain name ({@code domainPrefix}). */
    static String prefix(String domainName) {
        int dot = domainName.indexOf('.');
        return dot < 0 ? domainName : domainName.substring(0, dot);
    }

    /** An X-Ray trace id, {@code Root=1-<epoch seconds in hex>-<24 random hex digits>}. */
    private static String traceId(GatewayRequest request) {
        byte[] random = new byte[12];
        ThreadLocalRandom.current().nextBytes(random);
        return "Root=1-" + Long.toHexString(request.received().getEpochSecond()) + "-" + HexFormat.of().formatHex(random);
    }

    /** The headers AWS's front end adds before the event is made. */
    static Map<String, List<String>> headers(GatewayRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> headers
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
        headers.put("x-amzn-trace-id", List.of(traceId(request)));
        headers.computeIfAbsent("x-forwarded-for", k -> new ArrayList<>()).add(request.sourceIp());
        headers.put("x-forwarded-port", List.of(Integer.toString(request.port())));
        headers.put("x-forwarded-proto", List.of("http"));
        return headers;
    }
}
