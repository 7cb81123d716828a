package labrepl.cloud;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import labrepl.cloud.s3.PlainHttp;

/**
 * Random requests, well-formed and not, for a service's fuzz test: members of every JSON type
 * where the service expects one, bodies that are not JSON at all, and the check that whatever
 * arrives, the answer is the service's own, never a 500 from a bug.
 */
public final class WireFuzz {

    /** Bodies no service can read as the request it expects. */
    public static final List<String> GARBAGE = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":", "\u0000",
            "{}}", "[{}]");

    private final Random random;
    private final int port;

    /** @param seed the same seed sends the same requests, so a failure can be replayed */
    public WireFuzz(long seed, int port) {
        this.random = new Random(seed);
        this.port = port;
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** True one time in {@code n}. */
    public boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    /** Mostly one of the {@code plausible} values, else a value of another JSON type. */
    public JsonElement value(List<?> plausible) {
        if (!oneIn(4)) {
            return json(pick(plausible));
        }
        return switch (random.nextInt(7)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextBoolean());
            case 2 -> new JsonPrimitive(pick(List.of(-1, 0, 3, 1e30, 2.5, Long.MAX_VALUE)));
            case 3 -> new JsonPrimitive(pick(List.of("", "abc", "x".repeat(300), "ü\u0000\n", "%ZZ", "-1")));
            case 4 -> new JsonArray();
            case 5 -> {
                JsonArray array = new JsonArray();
                array.add(json(pick(plausible)));
                array.add(new JsonObject());
                yield array;
            }
            default -> {
                JsonObject object = new JsonObject();
                object.add("nested", json(pick(plausible)));
                yield object;
            }
        };
    }

    /** A JSON object with some of {@code members}, each a {@link #value} of its plausible values. */
    public JsonObject object(Map<String, List<?>> members) {
        JsonObject object = new JsonObject();
        members.forEach((name, plausible) -> {
            if (!oneIn(3)) {
                object.add(name, value(plausible));
            }
        });
        if (oneIn(10)) {
            object.add(pick(List.of("Unknown", "__proto__", "")), value(List.of("x")));
        }
        return object;
    }

    /** The body's text: mostly {@code body}, sometimes garbage. */
    public String text(JsonObject body) {
        return oneIn(12) ? pick(GARBAGE) : body.toString();
    }

    private static JsonElement json(Object value) {
        if (value instanceof JsonElement element) {
            return element;
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    /** Sends the request to the cloud as written and checks that a bug did not answer it. */
    public PlainHttp.Response send(String method, String target, Map<String, String> headers, String body)
            throws IOException {
        PlainHttp.Response response = PlainHttp.send(port, method, "127.0.0.1:" + port, target, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        assertTrue(response.status() < 500, () -> method + " " + target + " " + headers + " " + body + " answered "
                + response.status() + ": " + response.text());
        return response;
    }

    /** An Authorization header signed (in form only: the local cloud checks no signature) for {@code service}. */
    public static String authorization(String service) {
        return "AWS4-HMAC-SHA256 Credential=fuzz/20260101/us-west-2/" + service + "/aws4_request, SignedHeaders=host,"
                + " Signature=0";
    }
}
