package labrepl.cloud.lambda;

import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.lambda.function.LambdaException;
import labrepl.cloud.http.PercentCoding;

/**
 * Lambda's REST-JSON API on the shared listener, for requests signed for {@code lambda}: reads
 * each request into its operation's members, calls {@link LocalLambda}, and writes the answer or
 * AWS's error ({@code x-amzn-ErrorType} and a {@code {"Type":"User","message":…}} body).
 */
public final class LambdaService implements CloudService {

    private static final Pattern FUNCTIONS = Pattern.compile("/2015-03-31/functions/?");
    private static final Pattern FUNCTION = Pattern.compile(
            "/(2015-03-31|2017-10-31|2019-09-30)/functions/([^/]+)(?:/(configuration|code|invocations|policy|concurrency|code\\.zip))?(?:/([^/]+))?");
    /** Invoke's limits: 6 MB synchronous, 1 MB for an Event. */
    private static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
    private static final int MAX_EVENT_PAYLOAD = 1024 * 1024;
    /** An Invoke without a payload hands the function an empty JSON object, as AWS does. */
    private static final byte[] EMPTY_EVENT = "{}".getBytes(StandardCharsets.US_ASCII);
    /** CreateFunction's body holds the zip in base64: 50 MB zipped, plus the other members. */
    private static final int MAX_BODY = 70 * 1024 * 1024;

    private final LocalLambda lambda;

    public LambdaService(LocalLambda lambda) {
        this.lambda = lambda;
    }

    @Override
    public boolean accepts(CloudRequest request) {
        return "lambda".equals(request.signedService()) || request.method().equals("GET")
                && request.rawQuery() != null && request.rawQuery().startsWith("labrepl-code=")
                && request.rawPath().startsWith("/2015-03-31/functions/") && request.rawPath().endsWith("/code.zip");
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        String requestId = UUID.randomUUID().toString();
        try {
            CloudResponse response = route(request);
            return response.headers().contains("x-amzn-RequestId") ? response : response.header("x-amzn-RequestId", requestId);
        } catch (LambdaException e) {
            return error(e).header("x-amzn-RequestId", requestId);
        }
    }

    private CloudResponse route(CloudRequest request) throws IOException {
        String path = request.rawPath();
        String method = request.method();
        Map<String, String> query = PercentCoding.parseQuery(request.rawQuery());
        FunctionOperations functions = lambda.functions();
        if (FUNCTIONS.matcher(path).matches()) {
            if (method.equals("POST")) {
                return json(201, functions.create(FunctionRequest.parse(body(request))));
            }
            if (method.equals("GET")) {
                return json(200, functions.list(query.get("Marker"), query.get("MaxItems")));
            }
        }
        Matcher matcher = FUNCTION.matcher(path);
        if (!matcher.matches()) {
            throw unknown(request);
        }
        FunctionRef ref = FunctionRef.parse(PercentCoding.decodePath(matcher.group(2)), query.get("Qualifier"));
        String resource = matcher.group(3) == null ? "" : matcher.group(3);
        String version = matcher.group(1);
        String operation = method + " " + version + " " + resource + (matcher.group(4) == null ? "" : " {id}");
        return switch (operation) {
            case "GET 2015-03-31 " -> json(200, functions.get(ref, lambda::codeLocation));
            case "DELETE 2015-03-31 " -> {
                functions.delete(ref);
                yield CloudResponse.noContent();
            }
            case "GET 2015-03-31 configuration" -> json(200, functions.configuration(ref));
            case "PUT 2015-03-31 configuration" -> json(200, functions.updateConfiguration(ref,
                    FunctionRequest.parse(body(request))));
            case "PUT 2015-03-31 code" -> json(200, functions.updateCode(ref, FunctionRequest.parse(body(request))));
            case "POST 2015-03-31 invocations" -> invoke(request, ref);
            case "POST 2015-03-31 policy" -> json(201, lambda.addPermission(ref, FunctionRequest.parse(body(request))));
            case "GET 2015-03-31 policy" -> json(200, lambda.policy(ref));
            case "DELETE 2015-03-31 policy {id}" -> {
                lambda.removePermission(ref, PercentCoding.decodePath(matcher.group(4)));
                yield CloudResponse.noContent();
            }
            case "PUT 2017-10-31 concurrency" -> json(200, functions.putConcurrency(ref, FunctionRequest.parse(body(request))));
            case "DELETE 2017-10-31 concurrency" -> {
                functions.deleteConcurrency(ref);
                yield CloudResponse.noContent();
            }
            case "GET 2019-09-30 concurrency" -> json(200, functions.getConcurrency(ref));
            case "GET 2015-03-31 code.zip" -> code(ref, query.get("labrepl-code"));
            default -> throw unknown(request);
        };
    }

    private CloudResponse invoke(CloudRequest request, FunctionRef ref) throws IOException {
        String type = Optional.ofNullable(request.header("X-Amz-Invocation-Type")).orElse("RequestResponse");
        String logType = Optional.ofNullable(request.header("X-Amz-Log-Type")).orElse("None");
        if (!type.equals("RequestResponse") && !type.equals("Event") && !type.equals("DryRun")) {
            throw LambdaException.validation(type, "invocationType",
                    "Member must satisfy enum value set: [Event, RequestResponse, DryRun]");
        }
        if (!logType.equals("None") && !logType.equals("Tail")) {
            throw LambdaException.validation(logType, "logType", "Member must satisfy enum value set: [None, Tail]");
        }
        byte[] payload = request.body().readNBytes(MAX_SYNC_PAYLOAD + 1);
        if (payload.length > MAX_SYNC_PAYLOAD) {
            throw LambdaException.tooLarge("Request must be smaller than " + MAX_SYNC_PAYLOAD
                    + " bytes for the InvokeFunction operation");
        }
        checkJson(payload);
        if (payload.length == 0) {
            payload = EMPTY_EVENT;
        }
        if (type.equals("DryRun")) {
            lambda.checkInvocable(ref);
            return CloudResponse.noContent();
        }
        if (type.equals("Event")) {
            if (payload.length > MAX_EVENT_PAYLOAD) {
                throw LambdaException.tooLarge(payload.length + " byte payload is too large for the Event invocation"
                        + " type (limit " + MAX_EVENT_PAYLOAD + " bytes)");
            }
            lambda.invokeLater(ref, payload);
            return CloudResponse.status(202);
        }
        InvokeResult result = lambda.invoke(ref, payload);
        return CloudResponse.bytes(200, "application/json", result.payload())
                .header("x-amzn-RequestId", result.requestId())
                .header("X-Amz-Executed-Version", "$LATEST")
                .header("X-Amz-Function-Error", result.functionError())
                .header("X-Amz-Log-Result", logType.equals("Tail") ? result.logTail() : null);
    }

    /** Lambda refuses an event that is not JSON before running anything. */
    private static void checkJson(byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        try (JsonReader reader = new JsonReader(new StringReader(new String(payload, StandardCharsets.UTF_8)))) {
            reader.setStrictness(Strictness.STRICT);
            reader.skipValue();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("Unexpected content after the JSON value");
            }
        } catch (IOException | IllegalStateException e) {
            throw new LambdaException(400, "InvalidRequestContentException",
                    "Could not parse request body into json: Could not parse payload into json: " + e.getMessage(),
                    Map.of());
        }
    }

    private CloudResponse code(FunctionRef ref, String token) {
        Path zip = lambda.codeZip(ref.name(), token).orElseThrow(() -> ref.notFound(lambda.identity()));
        try {
            return CloudResponse.stream(200, Files.size(zip), () -> Files.newInputStream(zip))
                    .header("Content-Type", "application/zip");
        } catch (IOException e) {
            throw ref.notFound(lambda.identity());
        }
    }

    private static byte[] body(CloudRequest request) throws IOException {
        try (InputStream in = request.body()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw LambdaException.tooLarge("Request must be smaller than 69905067 bytes for the CreateFunction"
                        + " operation");
            }
            return body;
        }
    }

    private static LambdaException unknown(CloudRequest request) {
        return new LambdaException(404, "UnknownOperationException", "The local cloud's Lambda does not implement "
                + request.method() + " " + request.rawPath(), Map.of());
    }

    private static CloudResponse json(int status, JsonObject body) {
        return CloudResponse.bytes(status, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static CloudResponse error(LambdaException e) {
        JsonObject body = new JsonObject();
        body.addProperty("Type", e.status() >= 500 ? "Service" : "User");
        boolean capitalised = e.code().equals("ResourceNotFoundException") || e.code().equals("ServiceException");
        body.addProperty(capitalised ? "Message" : "message", e.getMessage());
        e.extra().forEach(body::addProperty);
        CloudResponse response = json(e.status(), body).header("x-amzn-ErrorType", e.code());
        return e.status() == 429 ? response.header("Retry-After", "1") : response;
    }

    @Override
    public void close() {
        lambda.close();
    }
}
