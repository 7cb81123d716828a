package labrepl.cloud.lambda;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import labrepl.cloud.lambda.function.LambdaException;

/**
 * The members of a CreateFunction, UpdateFunctionConfiguration or UpdateFunctionCode body, read
 * and checked once, in the order and with the texts AWS uses. Members the local cloud does not
 * implement are refused rather than ignored.
 */
final class FunctionRequest {

    private static final String ROLE_PATTERN = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+";
    private static final Pattern ROLE = Pattern.compile(ROLE_PATTERN);
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-zA-Z]([a-zA-Z0-9_])+");
    private static final Set<String> RESERVED = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION",
            "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");
    /** Members AWS accepts that would change how a function runs, which the local cloud cannot honour. */
    private static final Set<String> NOT_RUN_LOCALLY = Set.of("Layers", "VpcConfig", "DeadLetterConfig", "KMSKeyArn",
            "FileSystemConfigs", "ImageConfig", "CodeSigningConfigArn", "SnapStart", "CapacityProviderConfig",
            "DurableConfig", "TenancyConfig");

    private final JsonObject body;

    private FunctionRequest(JsonObject body) {
        this.body = body;
    }

    static FunctionRequest parse(byte[] bytes) {
        try {
            JsonElement parsed = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            return new FunctionRequest(parsed.getAsJsonObject());
        } catch (JsonParseException | IllegalStateException e) {
            throw new LambdaException(400, "InvalidRequestContentException", "Could not parse request body into json:"
                    + " " + e.getMessage(), Map.of());
        }
    }

    /** Refuses what the local cloud would otherwise have to ignore. */
    FunctionRequest refuseUnsupported() {
        for (String member : NOT_RUN_LOCALLY) {
            JsonElement value = body.get(member);
            if (value != null && !value.isJsonNull() && !isEmpty(value)) {
                throw LambdaException.invalidParameter(member + " is not supported by the local cloud; deploy to AWS"
                        + " to use it.");
            }
        }
        if (flag("Publish")) {
            throw LambdaException.invalidParameter("Publish is not supported by the local cloud: functions run"
                    + " as $LATEST only.");
        }
        if (flag("DryRun")) {
            throw LambdaException.invalidParameter("DryRun is not supported by the local cloud; update the code"
                    + " without it.");
        }
        String packageType = text("PackageType");
        if (packageType != null && !packageType.equals("Zip")) {
            throw LambdaException.invalidParameter("PackageType " + packageType + " is not supported by the local"
                    + " cloud; it runs Zip packages.");
        }
        return this;
    }

    private static boolean isEmpty(JsonElement value) {
        return value.isJsonArray() && value.getAsJsonArray().isEmpty()
                || value.isJsonObject() && value.getAsJsonObject().entrySet().stream()
                .allMatch(e -> e.getValue().isJsonArray() && e.getValue().getAsJsonArray().isEmpty());
    }

    boolean has(String member) {
        return body.has(member) && !body.get(member).isJsonNull();
    }

    String text(String member) {
        return text(body, member);
    }

    private static String text(JsonObject object, String member) {
        return scalar(object, member, "a string");
    }

    /**
     * A member's text when it is a scalar (as AWS's JSON reader, this takes a number or a boolean for
     * a string and the reverse), null when absent; {@code expected} names the type in the error.
     */
    private static String scalar(JsonObject object, String member, String expected) {
        JsonElement value = object.get(member);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw wrongType(member, expected);
        }
        return value.getAsString();
    }

    /** An integer member, or null when absent. */
    Integer integer(String member) {
        String value = scalar(body, member, "an integer");
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw wrongType(member, "an integer");
        }
    }

    private boolean flag(String member) {
        String value = scalar(body, member, "a boolean");
        if (value != null && !value.equals("true") && !value.equals("false")) {
            throw wrongType(member, "a boolean");
        }
        return Boolean.parseBoolean(value);
    }

    JsonObject object(String member) {
        if (!has(member)) {
            return null;
        }
        if (!body.get(member).isJsonObject()) {
            throw wrongType(member, "a structure");
        }
        return body.getAsJsonObject(member);
    }

    /** What Lambda answers for a member of the wrong JSON type, before any other check. */
    private static LambdaException wrongType(String member, String expected) {
        return new LambdaException(400, "InvalidRequestContentException", "Could not parse request body into json: "
                + member + " must be " + expected, Map.of());
    }

    String role() {
        String role = text("Role");
        if (role != null && !ROLE.matcher(role).matches()) {
            throw LambdaException.validation(role, "role", "Member must satisfy regular expression pattern: "
                    + ROLE_PATTERN);
        }
        return role;
    }

    String handler() {
        String handler = text("Handler");
        if (handler != null && (handler.length() > 128 || !handler.matches("[^\\s]+"))) {
            throw LambdaException.validation(handler, "handler", handler.length() > 128
                    ? "Member must have length less than or equal to 128"
                    : "Member must satisfy regular expression pattern: [^\\s]+");
        }
        return handler;
    }

    Integer timeout() {
        return bounded("Timeout", "timeout", 1, 900);
    }

    Integer memorySize() {
        return bounded("MemorySize", "memorySize", 128, 10240);
    }

    private Integer bounded(String member, String wireName, int min, int max) {
        Integer value = integer(member);
        if (value == null) {
            return null;
        }
        if (value < min) {
            throw LambdaException.validation(Integer.toString(value), wireName,
                    "Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw LambdaException.validation(Integer.toString(value), wireName,
                    "Member must have value less than or equal to " + max);
        }
        return value;
    }

    String description() {
        String description = text("Description");
        if (description != null && description.length() > 256) {
            throw LambdaException.validation(description, "description", "Member must have length less than or"
                    + " equal to 256");
        }
        return description;
    }

    /** The Environment.Variables map; null when Environment is absent. */
    Map<String, String> variables() {
        JsonObject environment = object("Environment");
        if (environment == null) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        JsonObject given = environment.has("Variables") && environment.get("Variables").isJsonObject()
                ? environment.getAsJsonObject("Variables") : new JsonObject();
        Set<String> reserved = new TreeSet<>();
        for (var entry : given.entrySet()) {
            if (!VARIABLE_NAME.matcher(entry.getKey()).matches()) {
                throw LambdaException.validation(entry.getKey(), "environment.variables",
                        "Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+");
            }
            if (RESERVED.contains(entry.getKey())) {
                reserved.add(entry.getKey());
            }
            String value = text(given, entry.getKey());
            variables.put(entry.getKey(), value == null ? "" : value);
        }
        if (!reserved.isEmpty()) {
            throw LambdaException.invalidParameter("Lambda was unable to configure your environment variables because"
                    + " the environment variables you have provided contains reserved keys that are currently not"
                    + " supported for modification. Reserved keys used in this request: " + String.join(", ", reserved));
        }
        return variables;
    }

    /** Architectures, checked; null when absent. */
    List<String> architectures() {
        if (!has("Architectures")) {
            return null;
        }
        if (!body.get("Architectures").isJsonArray()) {
            throw wrongType("Architectures", "a list of strings");
        }
        List<String> architectures = new ArrayList<>();
        for (JsonElement architecture : body.getAsJsonArray("Architectures")) {
            if (!architecture.isJsonPrimitive()) {
                throw wrongType("Architectures", "a list of strings");
            }
            architectures.add(architecture.getAsString());
        }
        if (architectures.size() != 1 || !List.of("x86_64", "arm64").contains(architectures.get(0))) {
            throw LambdaException.validation(architectures.toString(), "architectures",
                    "Member must have length less than or equal to 1, Member must satisfy enum value set: [x86_64, arm64]");
        }
        return architectures;
    }

    /** The base64 ZipFile, from {@code Code} (CreateFunction) or the body itself (UpdateFunctionCode). */
    String zipFile(JsonObject code) {
        if (code.has("S3Bucket") || code.has("S3Key") || code.has("ImageUri")) {
            throw LambdaException.invalidParameter("The local cloud takes a function's code as ZipFile only (e.g."
                    + " --zip-file fileb://function.zip), not from S3 or an image.");
        }
        return text(code, "ZipFile");
    }

    JsonObject body() {
        return body;
    }
}
