package labrepl.cloud.apigateway.response;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import labrepl.cloud.http.HttpHeaders;

/**
 * A Lambda function's answer turned into the HTTP answer, by the integration's payload format.
 * With 2.0 a valid JSON answer without {@code statusCode} is a 200 {@code application/json}
 * answer with that JSON as the body (the lab's {@code {"result": ...}}); with 1.0 the answer must
 * have a {@code statusCode}. Anything else is an invalid response: the caller answers 500.
 */
public final class ResponseMapping {

    /** RFC 9110's token, which a header's name must be. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private ResponseMapping() {
    }

    /** The function's answer cannot be mapped; the message says why, for the local cloud's log. */
    public static final class InvalidResponse extends Exception {
        InvalidResponse(String message) {
            super(message, null, false, false);
        }
    }

    public static GatewayAnswer v2(byte[] payload) throws InvalidResponse {
        String text = new String(payload, StandardCharsets.UTF_8);
        JsonElement json = parse(text);
        if (json.isJsonObject() && json.getAsJsonObject().has("statusCode")) {
            return structured(json.getAsJsonObject(), "text/plain; charset=utf-8", false);
        }
        HttpHeaders headers = new HttpHeaders().set("Content-Type", "application/json");
        String body = json.isJsonPrimitive() && json.getAsJsonPrimitive().isString() ? json.getAsString() : text;
        return new GatewayAnswer(200, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public static GatewayAnswer v1(byte[] payload) throws InvalidResponse {
        JsonElement json = parse(new String(payload, StandardCharsets.UTF_8));
        if (!json.isJsonObject() || !json.getAsJsonObject().has("statusCode")) {
            throw new InvalidResponse("A function behind a payload format 1.0 integration must answer an object with"
                    + " statusCode (and headers, body); it answered " + abbreviate(json.toString()));
        }
        return structured(json.getAsJsonObject(), "application/json", true);
    }

    private static GatewayAnswer structured(JsonObject answer, String defaultType, boolean multiValueHeaders)
            throws InvalidResponse {
        int status = statusCode(answer.get("statusCode"));
        HttpHeaders headers = new HttpHeaders();
        if (answer.has("headers") && !answer.get("headers").isJsonNull()) {
            for (Map.Entry<String, JsonElement> header : object(answer, "headers").entrySet()) {
                headers.set(name(header.getKey()), headerValue("headers." + header.getKey(), header.getValue()));
            }
        }
        if (multiValueHeaders && answer.has("multiValueHeaders") && !answer.get("multiValueHeaders").isJsonNull()) {
            for (Map.Entry<String, JsonElement> header : object(answer, "multiValueHeaders").entrySet()) {
                if (!header.getValue().isJsonArray()) {
                    throw new InvalidResponse("multiValueHeaders." + header.getKey() + " is not a list");
                }
                String name = name(header.getKey());
                headers.remove(name);
                for (JsonElement value : header.getValue().getAsJsonArray()) {
                    headers.add(name, headerValue("multiValueHeaders." + name, value));
                }
            }
        }
        if (!multiValueHeaders && answer.has("cookies") && !answer.get("cookies").isJsonNull()) {
            if (!answer.get("cookies").isJsonArray()) {
                throw new InvalidResponse("cookies is not a list of strings");
            }
            for (JsonElement cookie : answer.getAsJsonArray("cookies")) {
                headers.add("Set-Cookie", headerValue("cookies", cookie));
            }
        }
        byte[] body = body(answer);
        if (!headers.contains("Content-Type") && body.length > 0) {
            headers.set("Content-Type", defaultType);
        }
        return new GatewayAnswer(status, headers, body);
    }

    private static int statusCode(JsonElement value) throws InvalidResponse {
        if (value.isJsonPrimitive()) {
            try {
                int status = Integer.parseInt(value.getAsString().strip());
                if (status >= 100 && status <= 599) {
                    return status;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw new InvalidResponse("statusCode is not an HTTP status: " + value);
    }

    private static byte[] body(JsonObject answer) throws InvalidResponse {
        JsonElement body = answer.get("body");
        if (body == null || body.isJsonNull()) {
            return new byte[0];
        }
        String text = body.isJsonPrimitive() ? body.getAsString() : body.toString();
        JsonElement encoded = answer.get("isBase64Encoded");
        if (encoded != null && encoded.isJsonPrimitive() && encoded.getAsBoolean()) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new InvalidResponse("isBase64Encoded is true but the body is not base64");
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject object(JsonObject answer, String name) throws InvalidResponse {
        if (!answer.get(name).isJsonObject()) {
            throw new InvalidResponse(name + " is not an object");
        }
        return answer.getAsJsonObject(name);
    }

    /** A header's name, which HTTP allows only as a token: no spaces, colons or line breaks. */
    private static String name(String name) throws InvalidResponse {
        if (!HEADER_NAME.matcher(name).matches()) {
            throw new InvalidResponse("\"" + name + "\" is not a valid HTTP header name");
        }
        return name;
    }

    /** A header's value: a scalar without line breaks or other control characters, which would end the header. */
    private static String headerValue(String where, JsonElement value) throws InvalidResponse {
        if (!value.isJsonPrimitive()) {
            throw new InvalidResponse(where + " is not a string");
        }
        String text = value.getAsString();
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            throw new InvalidResponse(where + " holds a control character (a line break?), which no header value may");
        }
        return text;
    }

    private static JsonElement parse(String text) throws InvalidResponse {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            if (text.isBlank()) {
                throw new JsonParseException("an empty answer");
            }
            JsonElement json = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("text after the JSON value");
            }
            return json;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw new InvalidResponse("the function's answer is not valid JSON: " + abbreviate(text));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
