package labrepl.cloud.lambda;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.lambda.ConfigurationJson.Phase;
import labrepl.cloud.lambda.function.CodeArchive;
import labrepl.cloud.lambda.function.FunctionCatalog;
import labrepl.cloud.lambda.function.FunctionConfig;
import labrepl.cloud.lambda.function.FunctionConfig.Settings;
import labrepl.cloud.lambda.function.LambdaException;
import labrepl.cloud.lambda.function.Runtime;

/**
 * The control plane: CreateFunction, GetFunction(Configuration), ListFunctions,
 * UpdateFunctionCode/Configuration, DeleteFunction and the function's reserved concurrency. A
 * function's code is unpacked before the answer, so it is Active as soon as anyone asks again.
 */
final class FunctionOperations {

    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    /** ListFunctions returns at most 50 per page, whatever MaxItems says. */
    private static final int PAGE = 50;

    private final CloudIdentity identity;
    private final FunctionCatalog catalog;
    private final ConfigurationJson json;
    private final Predicate<String> roleExists;
    private final Consumer<String> codeOrConfigChanged;

    FunctionOperations(CloudIdentity identity, FunctionCatalog catalog, Predicate<String> roleExists,
                       Consumer<String> codeOrConfigChanged) {
        this.identity = identity;
        this.catalog = catalog;
        this.json = new ConfigurationJson(identity);
        this.roleExists = roleExists;
        this.codeOrConfigChanged = codeOrConfigChanged;
    }

    JsonObject create(FunctionRequest request) {
        request.refuseUnsupported();
        String nameText = request.text("FunctionName");
        if (nameText == null) {
            throw LambdaException.validation("null", "functionName", "Member must not be null");
        }
        FunctionRef ref = FunctionRef.parse(nameText, null);
        String role = request.role();
        if (role == null) {
            throw LambdaException.validation("null", "role", "Member must not be null");
        }
        String handler = request.handler();
        String runtimeId = request.text("Runtime");
        if (runtimeId == null || handler == null) {
            throw LambdaException.invalidParameter("Runtime and Handler are mandatory parameters for functions created"
                    + " with deployment packages.");
        }
        Runtime.of(runtimeId);
        Integer timeout = request.timeout();
        Integer memory = request.memorySize();
        String description = request.description();
        Map<String, String> variables = request.variables();
        List<String> architectures = request.architectures();
        JsonObject code = request.object("Code");
        String zip = code == null ? null : request.zipFile(code);
        if (zip == null) {
            throw LambdaException.invalidParameter("Please provide a source for function code.");
        }
        checkRole(role);
        CodeArchive archive = CodeArchive.fromBase64(zip, "CreateFunction");
        FunctionConfig config = new FunctionConfig(ref.name(), runtimeId, handler, role,
                description == null ? "" : description, timeout == null ? 3 : timeout, memory == null ? 128 : memory,
                variables == null ? Map.of() : variables, architectures == null ? List.of("x86_64") : architectures,
                archive.sha256(), archive.size(), now(), UUID.randomUUID().toString(), List.of(), null);
        if (!catalog.create(config, archive)) {
            throw LambdaException.conflict("Function already exist: " + ref.name());
        }
        return json.of(config, Phase.CREATING);
    }

    /** GetFunction's answer; {@code codeLocation} names the URL of the code this very configuration has. */
    JsonObject get(FunctionRef ref, Function<FunctionConfig, String> codeLocation) {
        FunctionConfig config = require(ref);
        JsonObject answer = new JsonObject();
        answer.add("Configuration", json.of(config, Phase.ACTIVE));
        JsonObject code = new JsonObject();
        code.addProperty("RepositoryType", "S3");
        code.addProperty("Location", codeLocation.apply(config));
        answer.add("Code", code);
        if (config.reservedConcurrency() != null) {
            JsonObject concurrency = new JsonObject();
            concurrency.addProperty("ReservedConcurrentExecutions", config.reservedConcurrency());
            answer.add("Concurrency", concurrency);
        }
        return answer;
    }

    JsonObject configuration(FunctionRef ref) {
        return json.of(require(ref), Phase.ACTIVE);
    }

    JsonObject list(String marker, String maxItems) {
        int limit = PAGE;
        if (maxItems != null) {
            try {
                limit = Integer.parseInt(maxItems);
            } catch (NumberFormatException e) {
                throw LambdaException.validation(maxItems, "maxItems", "Member must be a number");
            }
            if (limit < 1 || limit > 10000) {
                throw LambdaException.validation(maxItems, "maxItems", limit < 1
                        ? "Member must have value greater than or equal to 1"
                        : "Member must have value less than or equal to 10000");
            }
        }
        List<FunctionConfig> page = catalog.list(marker, Math.min(limit, PAGE) + 1);
        JsonObject answer = new JsonObject();
        JsonArray functions = new JsonArray();
        int shown = Math.min(page.size(), Math.min(limit, PAGE));
        for (int i = 0; i < shown; i++) {
            functions.add(json.of(page.get(i), Phase.LISTED));
        }
        answer.add("Functions", functions);
        if (page.size() > shown) {
            answer.addProperty("NextMarker", page.get(shown - 1).name());
        }
        return answer;
    }

    JsonObject updateCode(FunctionRef ref, FunctionRequest request) {
        require(ref);
        request.refuseUnsupported();
        List<String> architectures = request.architectures();
        String zip = request.zipFile(request.body());
        if (zip == null) {
            throw LambdaException.invalidParameter("Please provide a source for function code.");
        }
        CodeArchive archive = CodeArchive.fromBase64(zip, "UpdateFunctionCode");
        FunctionConfig updated = catalog.update(ref.name(), archive, c -> c.withCode(archive.sha256(), archive.size(),
                architectures == null ? c.architectures() : architectures, now())).orElseThrow(() -> ref.notFound(identity));
        codeOrConfigChanged.accept(ref.name());
        return json.of(updated, Phase.UPDATING);
    }

    JsonObject updateConfiguration(FunctionRef ref, FunctionRequest request) {
        require(ref);
        request.refuseUnsupported();
        String role = request.role();
        String handler = request.handler();
        String runtime = request.text("Runtime");
        if (runtime != null) {
            Runtime.of(runtime);
        }
        Integer timeout = request.timeout();
        Integer memory = request.memorySize();
        String description = request.description();
        Map<String, String> variables = request.variables();
        if (role != null) {
            checkRole(role);
        }
        Settings settings = new Settings(runtime, handler, role, description, timeout, memory, variables);
        FunctionConfig updated = catalog.update(ref.name(), null, c -> c.withSettings(settings, now()))
                .orElseThrow(() -> ref.notFound(identity));
        codeOrConfigChanged.accept(ref.name());
        return json.of(updated, Phase.UPDATING);
    }

    void delete(FunctionRef ref) {
        if (!ref.isLatest()) {
            throw ref.notFound(identity);
        }
        if (!catalog.delete(ref.name())) {
            throw ref.notFound(identity);
        }
        codeOrConfigChanged.accept(ref.name());
    }

    JsonObject putConcurrency(FunctionRef ref, FunctionRequest request) {
        Integer reserved = request.integer("ReservedConcurrentExecutions");
        if (reserved == null) {
            throw LambdaException.validation("null", "reservedConcurrentExecutions", "Member must not be null");
        }
        if (reserved < 0) {
            throw LambdaException.validation(Integer.toString(reserved), "reservedConcurrentExecutions",
                    "Member must have value greater than or equal to 0");
        }
        require(ref);
        setConcurrency(ref, reserved);
        JsonObject answer = new JsonObject();
        answer.addProperty("ReservedConcurrentExecutions", reserved);
        return answer;
    }

    JsonObject getConcurrency(FunctionRef ref) {
        FunctionConfig config = require(ref);
        JsonObject answer = new JsonObject();
        if (config.reservedConcurrency() != null) {
            answer.addProperty("ReservedConcurrentExecutions", config.reservedConcurrency());
        }
        return answer;
    }

    void deleteConcurrency(FunctionRef ref) {
        require(ref);
        setConcurrency(ref, null);
    }

    private void setConcurrency(FunctionRef ref, Integer reserved) {
        catalog.update(ref.name(), null, c -> c.withReservedConcurrency(reserved));
    }

    FunctionConfig require(FunctionRef ref) {
        if (!ref.isLatest()) {
            throw ref.notFound(identity);
        }
        return catalog.find(ref.name()).orElseThrow(() -> ref.notFound(identity));
    }

    private void checkRole(String role) {
        if (!roleExists.test(role)) {
            throw LambdaException.invalidParameter("The role defined for the function cannot be assumed by Lambda.");
        }
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    }
}
