package labrepl.cloud.lambda;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.lambda.bootstrap.JavaRuntime;
import labrepl.cloud.lambda.environment.LaunchSpec;
import labrepl.cloud.lambda.function.FunctionConfig;
import labrepl.cloud.lambda.function.LambdaException;
import labrepl.cloud.lambda.function.Runtime;

/**
 * How a function's environment is started: the runtime's command (the JVM with the flags AWS
 * uses for Java functions, or python3 with the bootstrap) and the variables AWS sets, with
 * {@code AWS_ENDPOINT_URL} pointing back at the local cloud so that the SDK or boto3 inside
 * reach its DynamoDB unchanged.
 */
final class FunctionLauncher {

    private final CloudIdentity identity;
    private final URI endpoint;
    /** Prepared when the first function of this JVM starts, not with the cloud. */
    private static final Lazy<RuntimeFiles> FILES = new Lazy<>(RuntimeFiles::shared);
    private final Lazy<Optional<String>> python = new Lazy<>(FunctionLauncher::locatePython);

    FunctionLauncher(CloudIdentity identity, URI endpoint) {
        this.identity = identity;
        this.endpoint = endpoint;
    }

    LaunchSpec spec(FunctionConfig config, Path taskRoot, String logStream) {
        List<String> command = switch (config.parsedRuntime().language()) {
            case JAVA -> javaCommand(config);
            case PYTHON -> List.of(python.get().orElseThrow(() -> LambdaException.invalidParameter(
                    "python3 is not installed on this machine, so the local cloud cannot run " + config.runtime()
                            + " functions.")), "-u", FILES.get().pythonBootstrap().toString());
        };
        Map<String, String> variables = variables(config, taskRoot, logStream);
        if (config.parsedRuntime().language() == Runtime.Language.JAVA) {
            List<String> withArchive = new ArrayList<>(command.subList(0, 1));
            withArchive.addAll(JavaArchiveTraining.options(FILES.get(), command, variables));
            withArchive.addAll(command.subList(1, command.size()));
            command = withArchive;
        }
        return new LaunchSpec(config.name(), command, variables, taskRoot);
    }

    private List<String> javaCommand(FunctionConfig config) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long heapKilobytes = config.memorySize() * 1024L * 85 / 100;
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxHeapSize=" + heapKilobytes + "k",
                "-XX:+UseSerialGC", "-Xshare:auto", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "-XX:+ErrorFileToStderr"));
        command.add("-classpath");
        command.add(FILES.get().javaClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(JavaRuntime.class.getName());
        return command;
    }

    private Map<String, String> variables(FunctionConfig config, Path taskRoot, String logStream) {
        Map<String, String> variables = new HashMap<>(config.variables());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", config.name());
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(config.memorySize()));
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + config.name());
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("_HANDLER", config.handler());
        variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + config.runtime());
        variables.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        variables.put("LAMBDA_RUNTIME_DIR", taskRoot.toString());
        variables.put("AWS_REGION", identity.region());
        variables.put("AWS_DEFAULT_REGION", identity.region());
        variables.put("AWS_ENDPOINT_URL", endpoint.toString());
        // Temporary credentials of the function's role on AWS; the local cloud accepts any.
        variables.put("AWS_ACCESS_KEY_ID", "ASIALOCALLAMBDAROLE0");
        variables.put("AWS_SECRET_ACCESS_KEY", "local-lambda-role-secret");
        variables.put("AWS_SESSION_TOKEN", "local-lambda-role-session");
        variables.put("TZ", ":UTC");
        variables.put("LANG", "en_US.UTF-8");
        variables.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        return variables;
    }

    /** Where python3 is, found by asking it (a pyenv shim or a venv names the real interpreter). */
    private static Optional<String> locatePython() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)")
                    .redirectErrorStream(true).start();
            String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 && !path.isEmpty() ? Optional.of(path) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
