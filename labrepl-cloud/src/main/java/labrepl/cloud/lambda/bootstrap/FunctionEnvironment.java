package labrepl.cloud.lambda.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** What the platform tells the runtime through its reserved environment variables. */
record FunctionEnvironment(String runtimeApi, String handler, Path taskRoot, String functionName,
                           String functionVersion, int memoryMegabytes, String logGroup, String logStream) {

    static FunctionEnvironment from(Map<String, String> env) {
        return new FunctionEnvironment(required(env, "AWS_LAMBDA_RUNTIME_API"), required(env, "_HANDLER"),
                Path.of(env.getOrDefault("LAMBDA_TASK_ROOT", ".")), env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", ""),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
                Integer.parseInt(env.getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128")),
                env.getOrDefault("AWS_LAMBDA_LOG_GROUP_NAME", ""), env.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", ""));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(name + " is not set: this runtime runs inside a Lambda execution environment");
        }
        return value;
    }
}
