package labrepl.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code labrepl serve} in a child JVM, as a user starts it, so tests can stop it the hard
 * way ({@code kill -9}) or the polite way (SIGTERM) and look at what it printed.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final URI endpoint;

    private ServeProcess(Process process) throws IOException {
        this.process = process;
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI found = null;
        String line;
        while ((line = reader.readLine()) != null) {
            output.add(line);
            Matcher matcher = ENDPOINT.matcher(line);
            if (found == null && matcher.find()) {
                found = URI.create(matcher.group(1));
            }
            if (line.startsWith("Ctrl-C stops it")) {
                break;
            }
        }
        if (found == null) {
            throw new IllegalStateException("serve printed no endpoint: " + output);
        }
        this.endpoint = found;
    }

    static ServeProcess start(String... arguments) throws IOException {
        List<String> command = javaCommand();
        command.add("serve");
        command.addAll(List.of(arguments));
        return new ServeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Runs {@code labrepl ARGS...} to completion; returns its exit code and everything it printed. */
    static Finished run(String... arguments) throws IOException, InterruptedException {
        List<String> command = javaCommand();
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("labrepl did not finish: " + printed);
        }
        return new Finished(process.exitValue(), printed);
    }

    record Finished(int exitCode, String output) {
    }

    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        return command;
    }

    URI endpoint() {
        return endpoint;
    }

    List<String> output() {
        return output;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed that was not already written. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Ctrl-C or a service manager would stop it; returns the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("serve did not stop on SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
