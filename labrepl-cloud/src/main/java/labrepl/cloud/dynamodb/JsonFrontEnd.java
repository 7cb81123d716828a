package labrepl.cloud.dynamodb;

import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import labrepl.cloud.RequestIds;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.shape.Shape;
import labrepl.cloud.dynamodb.shape.ShapeConstraints;
import labrepl.cloud.dynamodb.shape.ShapeReader;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.PercentCoding;
import labrepl.cloud.storage.StoredMap;

/**
 * The front end DynamoDB and DynamoDB Streams share: AWS's JSON 1.0 protocol ({@code POST /}
 * with {@code X-Amz-Target: PREFIX.Operation}) and every check made before an operation sees
 * the request, in DynamoDB's order, written down once in {@link #answer}. Every answer carries
 * {@code x-amzn-RequestId}, {@code Server} and {@code Connection: keep-alive} as DynamoDB's do,
 * and {@code x-amz-crc32} of its body, which botocore verifies.
 */
public final class JsonFrontEnd {

    private static final Logger LOG = Logger.getLogger(JsonFrontEnd.class.getName());
    /** DynamoDB refuses a request body above 16 MB with a bare 413. */
    static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    private static final String AMZ_JSON = "application/x-amz-json-1.0";
    private static final Set<String> JSON_TYPES = Set.of(AMZ_JSON, "application/json");
    private static final byte[] NOT_FOUND_BODY = "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8);
    private static final Pattern CONTENT_LENGTH = Pattern.compile("\\d{1,8}");
    private static final List<String> AUTHORIZATION_PARTS = List.of("Credential", "Signature", "SignedHeaders");
    private static final List<String> QUERY_SIGNATURE_PARTS = List.of("X-Amz-Algorithm", "X-Amz-Credential",
            "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date");

    private final String targetPrefix;
    private final String healthyHost;
    private final ShapeReader shapes;
    private final Map<String, Operation<?>> operations = new HashMap<>();

    /**
     * @param targetPrefix what {@code X-Amz-Target} starts with, e.g. {@code DynamoDB_20120810.}
     * @param healthyHost  the host a {@code GET} reports healthy, e.g. {@code dynamodb.us-east-1.amazonaws.com}
     * @param tableArnPrefix the ARN before a table's name, so TableName members may be ARNs
     */
    public JsonFrontEnd(String targetPrefix, String healthyHost, String tableArnPrefix) {
        this.targetPrefix = targetPrefix;
        this.healthyHost = healthyHost;
        this.shapes = new ShapeReader(tableArnPrefix);
    }

    /** Declares an operation: its request shape, how it is read, and how it runs. */
    public <R> JsonFrontEnd add(String name, Shape.Structure input, Function<JsonRequest, R> read,
                                Function<R, String> run) {
        operations.put(name, new Operation<>(name, input, read, run));
        return this;
    }

    /** True when the request names one of this front end's operations, whether it exists or not. */
    public boolean isTargeted(CloudRequest request) {
        String target = request.header("X-Amz-Target");
        return target != null && target.startsWith(targetPrefix);
    }

    /**
     * DynamoDB's order of checks:
     * <ol>
     * <li>a body above 16 MB: 413, nothing else;</li>
     * <li>a browser's CORS preflight ({@code OPTIONS} with {@code Origin}): allowed for any origin;</li>
     * <li>a {@code GET}: the health check;</li>
     * <li>anything but a {@code POST}, or a body that is not JSON by its Content-Type: 404 in XML;</li>
     * <li>the body is JSON (SerializationException without a message);</li>
     * <li>the operation exists (UnknownOperationException);</li>
     * <li>the request is signed, by header or by query (the signature's own exceptions), and not empty;</li>
     * <li>every member has its declared JSON type (SerializationException, in the deserializer's words);</li>
     * <li>each required member is present, reported alone ("The parameter 'TableName' is required …");</li>
     * <li>every declared constraint of every member ("N validation errors detected: …", at most ten);</li>
     * <li>the operation's own validation ({@link Operation#read}), which never looks at a table;</li>
     * <li>the table's existence, what depends on the table, and the work ({@link Operation#run}).</li>
     * </ol>
     */
    public CloudResponse answer(CloudRequest request) throws IOException {
        byte[] body;
        try {
            body = readBody(request);
        } catch (TooLarge tooLarge) {
            return CloudResponse.chunked(413);
        }
        String origin = request.header("Origin");
        CloudResponse response;
        if (origin != null && request.method().equals("OPTIONS")) {
            response = preflight(request);
        } else if (request.method().equals("GET")) {
            response = withCrc(200, "text/plain", ("healthy: " + healthyHost + " ").getBytes(StandardCharsets.UTF_8));
        } else {
            String mediaType = mediaType(request.header("Content-Type"));
            if (!request.method().equals("POST") || body.length > 0 && !JSON_TYPES.contains(mediaType)) {
                response = withCrc(404, "application/xml", NOT_FOUND_BODY);
            } else {
                response = invoke(request, body, mediaType.equals(AMZ_JSON) ? AMZ_JSON : "application/json");
            }
        }
        if (origin != null) {
            response.header("Access-Control-Allow-Origin", "*");
        }
        return response.header("x-amzn-RequestId", RequestIds.dynamoDb())
                .header("Server", "Server")
                .header("Connection", "keep-alive");
    }

    private static CloudResponse preflight(CloudRequest request) {
        return CloudResponse.status(200)
                .header("Access-Control-Allow-Headers", request.header("Access-Control-Request-Headers"))
                .header("Access-Control-Allow-Methods", request.header("Access-Control-Request-Method"))
                .header("Access-Control-Max-Age", "172800");
    }

    private CloudResponse invoke(CloudRequest request, byte[] body, String contentType) {
        int status = 200;
        String response;
        String target = request.header("X-Amz-Target");
        try {
            response = invokeOnLiveTables(request, target, body);
        } catch (DynamoDbError error) {
            status = error.type().status();
            response = error.toJson().toString();
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "DynamoDB " + target + " failed", bug);
            DynamoDbError error = new DynamoDbError(DynamoDbError.Type.INTERNAL_SERVER_ERROR,
                    "Internal server error: " + bug);
            status = error.type().status();
            response = error.toJson().toString();
        }
        return withCrc(status, contentType, response.getBytes(StandardCharsets.UTF_8));
    }

    /** A write that lands on a table deleted under it finds no table, as on DynamoDB. */
    private String invokeOnLiveTables(CloudRequest request, String target, byte[] body) {
        try {
            return invoke(request, target, body);
        } catch (StoredMap.RemovedMapException deleted) {
            throw DynamoDbError.resourceNotFound("Requested resource not found");
        }
    }

    private String invoke(CloudRequest request, String target, byte[] body) {
        JsonRequest parsed = JsonRequest.parse(body);
        Operation<?> operation = target != null && target.startsWith(targetPrefix)
                ? operations.get(target.substring(targetPrefix.length())) : null;
        if (operation == null) {
            throw new DynamoDbError(DynamoDbError.Type.UNKNOWN_OPERATION, null);
        }
        checkSignature(request);
        if (parsed == null) {
            throw DynamoDbError.serialization(null);
        }
        JsonObject json = shapes.read(parsed.json(), operation.input());
        ShapeConstraints.check(json, operation.input());
        return operation.answer(new JsonRequest(json));
    }

    /**
     * That the request carries a signature, in an Authorization header or in the query, with the
     * parts SigV4 needs. The signature itself is not verified: any credentials do locally.
     */
    private static void checkSignature(CloudRequest request) {
        String authorization = request.header("Authorization");
        Map<String, String> query = request.rawQuery() == null ? Map.of() : PercentCoding.parseQuery(request.rawQuery());
        boolean signedQuery = query.containsKey("X-Amz-Algorithm");
        if (authorization != null && signedQuery) {
            throw new DynamoDbError(DynamoDbError.Type.INVALID_SIGNATURE,
                    "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
        }
        if (authorization == null && !signedQuery
                || authorization != null && !authorization.strip().startsWith("AWS4-")) {
            throw new DynamoDbError(DynamoDbError.Type.MISSING_AUTHENTICATION_TOKEN,
                    "Request is missing Authentication Token");
        }
        StringBuilder missing = new StringBuilder();
        if (authorization != null) {
            for (String part : AUTHORIZATION_PARTS) {
                if (!hasPart(authorization, part)) {
                    missing.append("Authorization header requires '").append(part).append("' parameter. ");
                }
            }
            if (request.header("X-Amz-Date") == null && request.header("Date") == null) {
                missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
            }
            if (!missing.isEmpty()) {
                missing.append("Authorization=").append(authorization);
            }
        } else {
            for (String part : QUERY_SIGNATURE_PARTS) {
                if (query.getOrDefault(part, "").isEmpty()) {
                    missing.append("AWS query-string parameters must include '").append(part).append("'. ");
                }
            }
            if (!missing.isEmpty()) {
                missing.append("Re-examine the query-string parameters.");
            }
        }
        if (!missing.isEmpty()) {
            throw new DynamoDbError(DynamoDbError.Type.INCOMPLETE_SIGNATURE, missing.toString());
        }
    }

    /**
     * Whether {@code AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…} gives {@code part}
     * a value: a word after the algorithm (words are separated by commas and spaces) that is
     * {@code part=} and something more.
     */
    private static boolean hasPart(String authorization, String part) {
        for (int at = authorization.indexOf(part); at >= 0; at = authorization.indexOf(part, at + 1)) {
            int value = at + part.length() + 1;
            char before = at == 0 ? 'A' : authorization.charAt(at - 1);
            if ((before == ' ' || before == ',') && value < authorization.length()
                    && authorization.charAt(value - 1) == '=' && ", ".indexOf(authorization.charAt(value)) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body, gunzipped when its Content-Encoding is gzip (a body that does not unpack is taken
     * as sent, and fails as JSON would). Above DynamoDB's limit, sent or unpacked, the rest of the
     * body is read and dropped, so that the client still sending it gets the 413.
     */
    private static byte[] readBody(CloudRequest request) throws IOException, TooLarge {
        InputStream in = request.body();
        String length = request.header("Content-Length");
        // With its length known (every SDK sends it), the body is read into an array of its exact size.
        int expected = length != null && CONTENT_LENGTH.matcher(length).matches() ? Integer.parseInt(length)
                : MAX_REQUEST_BYTES + 1;
        byte[] body = in.readNBytes(Math.min(expected, MAX_REQUEST_BYTES + 1));
        if (body.length > MAX_REQUEST_BYTES) {
            in.transferTo(OutputStream.nullOutputStream());
            throw new TooLarge();
        }
        String encoding = request.header("Content-Encoding");
        if (encoding == null || !encoding.strip().equalsIgnoreCase("gzip") || body.length == 0) {
            return body;
        }
        byte[] plain;
        try (InputStream unpacked = new GZIPInputStream(new ByteArrayInputStream(body))) {
            plain = unpacked.readNBytes(MAX_REQUEST_BYTES + 1);
        } catch (ZipException | EOFException notGzip) {
            return body;
        }
        if (plain.length > MAX_REQUEST_BYTES) {
            throw new TooLarge();
        }
        return plain;
    }

    /** A request body above {@link #MAX_REQUEST_BYTES}. */
    private static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static CloudResponse withCrc(int status, String contentType, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        CloudResponse response = CloudResponse.bytes(status, contentType, body);
        return response.header("x-amz-crc32", Long.toString(crc.getValue()));
    }
}
