package labrepl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import labrepl.cli.syntax.UsageError;
import labrepl.target.Target;
import labrepl.target.TargetChoice;
import labrepl.target.TargetLease;
import labrepl.repl.Session;
import labrepl.repl.console.Console;
import labrepl.repl.console.ConsoleInput;
import labrepl.repl.console.ConsoleOutput;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the REPL the way a learner meets it: the local cloud (unless another target was
 * chosen), JShell and the terminal in parallel, the banner as soon as the cloud is up, the
 * prompt once JShell is ready, and the SDK clients warming up in the background.
 */
final class ReplLauncher {

    private final CloudOptions cloudOptions;
    private final TargetChoice choice;

    ReplLauncher(CloudOptions cloudOptions, TargetChoice choice) {
        this.cloudOptions = cloudOptions;
        this.choice = choice;
    }

    int run() throws IOException {
        Map<String, String> env = System.getenv();
        if (choice.isRemote(env) && cloudOptions.given && !(choice.aws() && choice.endpoint() != null)) {
            throw new UsageError("--port, --data and --in-memory configure the local cloud, which "
                    + (choice.aws() ? "--aws" : "--endpoint (or AWS_ENDPOINT_URL)") + " does not start.");
        }
        ConsoleOutput output = new ConsoleOutput();
        ConsoleInput input = new ConsoleInput();
        try (TargetLease lease = choice.lease(cloudOptions.localCloud(), env)) {
            Target target = lease.target();
            CompletableFuture<Session> session = CompletableFuture.supplyAsync(() -> Session.builder(target)
                    .workingFolder(Path.of(""))
                    .liveOutput(output)
                    .input(input)
                    .warmUpClients(true)
                    .start());
            try (Terminal terminal = TerminalBuilder.builder().name("labrepl").system(true).dumb(true).build()) {
                lease.awaitReady();
                banner(target).forEach(terminal.writer()::println);
                terminal.writer().flush();
                try (Session ready = join(session)) {
                    Console.builder(ready, terminal)
                            .output(output)
                            .input(input)
                            .historyFile(Path.of(System.getProperty("user.home"), ".labrepl", "history"))
                            .build()
                            .run();
                }
            }
        }
        return 0;
    }

    private List<String> banner(Target target) {
        List<String> lines = new ArrayList<>();
        lines.add("LabREPL " + Version.version() + " on Java " + Runtime.version().feature() + ": DynamoDB and S3"
                + " on the " + target.describe());
        if (target.kind() == Target.Kind.LOCAL) {
            lines.add(cloudOptions.inMemory() ? "Data: in memory, gone when you leave."
                    : "Data: " + cloudOptions.dataFolder().toAbsolutePath().normalize() + " (kept when you leave)");
        } else if (target.kind() == Target.Kind.AWS) {
            lines.add("Real AWS: what you create here is real and may cost money; delete it when you are done.");
        }
        lines.add("Type Java, e.g. dynamodb.listTables()   /help: helpers and commands   Ctrl-D: leave");
        return lines;
    }

    /** Unwraps the exception of a start-up step, so Main sees what JShell could not do. */
    private static <T> T join(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }
}
