package labrepl.repl.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import labrepl.cloud.awscli.AwsCli;
import labrepl.repl.Session;

/**
 * {@code /sh CMD}: runs a shell command (typically the AWS CLI) with the target's endpoint,
 * region and credentials in its environment, so {@code /sh aws dynamodb scan --table-name X}
 * talks to the same service as {@code dynamodb}, whatever the CLI's version. Its output is shown
 * with secrets masked.
 */
final class ShellCommand {

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
        ProcessBuilder builder = new AwsCli(session.target().cliEnvironment(), session.context().workingFolder())
                .shell("sh", command);
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
