package labrepl.cloud.junit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the installed AWS CLI against a local cloud, as a learner would in a terminal.
 * Tests that need it call {@link #requireInstalled()}, which skips them visibly (with the
 * reason) on a machine without {@code aws}.
 */
public final class AwsCli {

    private final URI endpoint;
    private final Path workingFolder;

    public AwsCli(TestCloud cloud, Path workingFolder) {
        this(cloud.endpoint(), workingFolder);
    }

    /** The CLI aimed at any loopback endpoint, e.g. a server that records what it is sent. */
    public AwsCli(URI endpoint, Path workingFolder) {
        this.endpoint = endpoint;
        this.workingFolder = workingFolder;
    }

    /** The command's output and exit status. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static boolean isInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "aws"))) {
                return true;
            }
        }
        return false;
    }

    public static void requireInstalled() {
        assumeTrue(isInstalled(), "SKIPPED: the AWS CLI (`aws`) is not installed on this machine");
    }

    /**
     * Runs {@code aws ARGS...} with {@code --endpoint-url} pointing at the cloud (older CLIs
     * ignore AWS_ENDPOINT_URL) and throwaway credentials in the environment.
     */
    public Result run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("aws");
        command.add("--endpoint-url");
        command.add(endpoint.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        Map<String, String> env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", "local-key");
        env.put("AWS_SECRET_ACCESS_KEY", "local-secret");
        env.put("AWS_REGION", TestCloud.REGION);
        env.put("AWS_DEFAULT_REGION", TestCloud.REGION);
        env.put("AWS_PAGER", "");
        env.put("AWS_CONFIG_FILE", workingFolder.resolve("no-aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", workingFolder.resolve("no-aws-credentials").toString());
        env.remove("AWS_PROFILE");
        env.remove("AWS_ENDPOINT_URL");
        try {
            Path out = Files.createTempFile(workingFolder, "aws-out", ".txt");
            Path err = Files.createTempFile(workingFolder, "aws-err", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Cannot run aws: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running aws", e);
        }
    }

    /** Runs the command and returns its standard output, failing the test on a non-zero exit. */
    public String ok(String... args) {
        Result result = run(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("aws " + String.join(" ", args) + " exited with " + result.exitCode()
                    + ":\n" + result.stderr());
        }
        return result.stdout();
    }
}
