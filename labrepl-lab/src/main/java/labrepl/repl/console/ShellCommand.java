package labrepl.repl.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import labrepl.target.Target;
import labrepl.repl.Session;

/**
 * {@code /sh CMD}: runs a shell command (typically the AWS CLI) with the target's endpoint,
 * region and credentials in its environment, so {@code /sh aws dynamodb scan --table-name X}
 * talks to the same service as {@code dynamodb}. Its output is shown with secrets masked.
 */
final class ShellCommand {

    /** Credentials and profile of the learner's shell must not leak into a command aimed at a local target. */
    private static final List<String> INHERITED_IDENTITY = List.of(
            "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL");

    private final Session session;
    private final Printer printer;
    private volatile Process running;

    ShellCommand(Session session, Printer printer) {
        this.session = session;
        this.printer = printer;
    }

    void run(String command) {
        if (command.isBlank()) {
            printer.error("Usage: /sh COMMAND, e.g. /sh aws dynamodb list-tables");
            return;
        }
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command)
                .directory(session.context().workingFolder().toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        Target target = session.target();
        if (target.kind() != Target.Kind.AWS || target.profile().isPresent()) {
            INHERITED_IDENTITY.forEach(env::remove);
        }
        env.putAll(target.environment());
        try {
            Process process = builder.start();
            running = process;
            process.getOutputStream().close();
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = output.readLine()) != null) {
                    printer.text(session.redact(line));
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                printer.note("(exit code " + exit + ")");
            }
        } catch (IOException e) {
            printer.error("Cannot run the command: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = null;
        }
    }

    /** Ctrl-C while a command runs ends it. */
    void stop() {
        Process process = running;
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }
}
