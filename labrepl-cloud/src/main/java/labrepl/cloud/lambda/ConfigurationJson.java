package labrepl.cloud.lambda;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.lambda.function.FunctionConfig;

/** A function's FunctionConfiguration as the API returns it, members in AWS's order. */
final class ConfigurationJson {

    /** What a configuration says about the function's state in an answer. */
    enum Phase {
        /** CreateFunction's own answer: the function is being created. */
        CREATING,
        /** UpdateFunction*'s own answer: the update is in progress. */
        UPDATING,
        /** Every later read: ready. */
        ACTIVE,
        /** ListFunctions leaves the state members out. */
        LISTED
    }

    private final CloudIdentity identity;

    ConfigurationJson(CloudIdentity identity) {
        this.identity = identity;
    }

    JsonObject of(FunctionConfig config, Phase phase) {
        JsonObject json = new JsonObject();
        json.addProperty("FunctionName", config.name());
        json.addProperty("FunctionArn", identity.arn("lambda", "function:" + config.name()));
        json.addProperty("Runtime", config.runtime());
        json.addProperty("Role", config.role());
        json.addProperty("Handler", config.handler());
        json.addProperty("CodeSize", config.codeSize());
        json.addProperty("Description", config.description());
        json.addProperty("Timeout", config.timeout());
        json.addProperty("MemorySize", config.memorySize());
        json.addProperty("LastModified", config.lastModified());
        json.addProperty("CodeSha256", config.codeSha256());
        json.addProperty("Version", "$LATEST");
        if (!config.variables().isEmpty()) {
            JsonObject variables = new JsonObject();
            config.variables().forEach(variables::addProperty);
            JsonObject environment = new JsonObject();
            environment.add("Variables", variables);
            json.add("Environment", environment);
        }
        json.add("TracingConfig", object("Mode", "PassThrough"));
        json.addProperty("RevisionId", config.revisionId());
        switch (phase) {
            case CREATING -> {
                json.addProperty("State", "Pending");
                json.addProperty("StateReason", "The function is being created.");
                json.addProperty("StateReasonCode", "Creating");
            }
            case UPDATING -> {
                json.addProperty("State", "Active");
                json.addProperty("LastUpdateStatus", "InProgress");
                json.addProperty("LastUpdateStatusReason", "The function is being created.");
                json.addProperty("LastUpdateStatusReasonCode", "Creating");
            }
            case ACTIVE -> {
                json.addProperty("State", "Active");
                json.addProperty("LastUpdateStatus", "Successful");
            }
            case LISTED -> {
            }
        }
        json.addProperty("PackageType", "Zip");
        JsonArray architectures = new JsonArray();
        config.architectures().forEach(architectures::add);
        json.add("Architectures", architectures);
        JsonObject storage = new JsonObject();
        storage.addProperty("Size", 512);
        json.add("EphemeralStorage", storage);
        JsonObject snapStart = object("ApplyOn", "None");
        snapStart.addProperty("OptimizationStatus", "Off");
        json.add("SnapStart", snapStart);
        JsonObject logging = object("LogFormat", "Text");
        logging.addProperty("LogGroup", "/aws/lambda/" + config.name());
        json.add("LoggingConfig", logging);
        return json;
    }

    private static JsonObject object(String key, String value) {
        JsonObject json = new JsonObject();
        json.addProperty(key, value);
        return json;
    }
}
