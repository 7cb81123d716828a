package labrepl.cloud.awscli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The installed AWS CLI, run as a learner runs it in a terminal pointed at a target: by itself
 * ({@link #run}), or as the {@code aws} of a shell script ({@link #script}, {@link #shell}). CLIs
 * older than 2.13 (v2) or 1.29 (v1) ignore {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_<SERVICE>}
 * and would talk to real AWS, so the endpoint of the command's service is also given as
 * {@code --endpoint-url} (see {@link EndpointWrapper}).
 *
 * <pre>{@code
 * AwsCli cli = new AwsCli(environment, folder);
 * String tables = cli.output("dynamodb", "list-tables");
 * }</pre>
 */
public final class AwsCli {

    private final AwsEnvironment environment;
    private final Path folder;
    private final Duration timeout;

    /** A CLI that runs in {@code folder} with {@code environment}, each command stopped after two minutes. */
    public AwsCli(AwsEnvironment environment, Path folder) {
        this(environment, folder, Duration.ofMinutes(2));
    }

    private AwsCli(AwsEnvironment environment, Path folder, Duration timeout) {
        this.environment = Objects.requireNonNull(environment);
        this.folder = Objects.requireNonNull(folder);
        this.timeout = Objects.requireNonNull(timeout);
    }

    /** The first {@code aws} on the PATH. */
    public static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, "aws");
            if (candidate != null && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static boolean isInstalled() {
        return find().isPresent();
    }

    /** The same CLI with another time limit per command. */
    public AwsCli timeout(Duration limit) {
        return new AwsCli(environment, folder, limit);
    }

    /** The same CLI working in another folder (where {@code file://} names and {@code s3 cp} sources are). */
    public AwsCli inFolder(Path other) {
        return new AwsCli(environment, other, timeout);
    }

    public AwsEnvironment environment() {
        return environment;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Runs {@code aws ARGS...}, the arguments passed as they are (through {@code sh} only when an
     * endpoint is to be given); what it prints to stdout and stderr is kept apart.
     */
    public Result run(String... args) {
        String wrapper = EndpointWrapper.definition(environment);
        List<String> command = new ArrayList<>(wrapper.isEmpty() ? List.of("aws")
                : List.of("sh", "-c", wrapper + "aws \"$@\"", "aws"));
        command.addAll(List.of(args));
        return complete(prepared(command), false, "aws " + String.join(" ", args));
    }

    /** Runs {@code aws ARGS...} and returns what it printed; an exception with its errors when it fails. */
    public String output(String... args) {
        return run(args).requireSuccess();
    }

    /** Runs a bash script in which {@code aws} is this CLI; stdout and stderr as one, as a terminal shows them. */
    public Result script(String script) {
        return complete(shell("bash", script), true, "bash -c " + script);
    }

    /**
     * A process for {@code SHELL -c SCRIPT} in which {@code aws} is this CLI, for a caller that
     * streams its output or stops it; stderr goes with stdout.
     */
    public ProcessBuilder shell(String shell, String script) {
        return prepared(List.of(shell, "-c", EndpointWrapper.definition(environment) + script))
                .redirectErrorStream(true);
    }

    private ProcessBuilder prepared(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        environment.applyTo(builder.environment());
        return builder;
    }

    /** Output goes to files, not pipes, so a command that prints much never blocks on a full pipe. */
    private Result complete(ProcessBuilder builder, boolean combined, String shown) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("labrepl-aws-", ".out");
            err = combined ? null : Files.createTempFile("labrepl-aws-", ".err");
            builder.redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (err != null) {
                builder.redirectError(err.toFile());
            }
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            return new Result(finished ? process.exitValue() : -1, read(out), err == null ? "" : read(err),
                    finished ? Optional.empty() : Optional.of(timeout), shown);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + builder.command().get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + shown, e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException leftBehind) {
                // a temporary file left behind is harmless
            }
        }
    }

    /**
     * What a command did.
     *
     * @param exitCode  its exit status; -1 when it was stopped
     * @param stdout    what it printed (with stderr, for a script)
     * @param stderr    its errors, for a command run by itself
     * @param stoppedAfter the time limit, when it was reached and the command stopped
     * @param command   the command line, for messages
     */
    public record Result(int exitCode, String stdout, String stderr, Optional<Duration> stoppedAfter, String command) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** Its output, or an exception with the command, its exit code and its errors. */
        public String requireSuccess() {
            if (stoppedAfter.isPresent()) {
                throw new IllegalStateException(command + " did not finish in " + stoppedAfter.get().toSeconds() + " s");
            }
            if (exitCode != 0) {
                throw new IllegalStateException(command + " exited with " + exitCode + ":\n" + stderr + stdout);
            }
            return stdout;
        }
    }
}
