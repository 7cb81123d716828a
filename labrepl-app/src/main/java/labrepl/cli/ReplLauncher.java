package labrepl.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import labrepl.cli.syntax.UsageError;
import labrepl.cloud.DefaultRegion;
import labrepl.cloud.LocalCloud;
import labrepl.helpers.Target;
import labrepl.repl.Session;
import labrepl.repl.console.Console;
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
    private final TargetOptions targetOptions;

    ReplLauncher(CloudOptions cloudOptions, TargetOptions targetOptions) {
        this.cloudOptions = cloudOptions;
        this.targetOptions = targetOptions;
    }

    int run() throws IOException {
        boolean remoteChosen = targetOptions.aws || targetOptions.endpoint(System.getenv()) != null;
        if (remoteChosen && cloudOptions.given && !(targetOptions.aws && targetOptions.endpoint != null)) {
            throw new UsageError("--port, --data and --in-memory configure the local cloud, which "
                    + (targetOptions.aws ? "--aws" : "--endpoint (or AWS_ENDPOINT_URL)") + " does not start.");
        }
        Target remote = TargetChoice.remote(targetOptions, cloudOptions.region);
        LocalCloud cloud = null;
        CompletableFuture<LocalCloud> starting = null;
        Target target;
        if (remote != null) {
            target = remote;
        } else if (cloudOptions.port == 0) {
            cloud = cloudOptions.builder().start();
            target = Target.localCloud(cloud.endpoint(), cloud.identity().region());
        } else {
            // The endpoint is known before the listener is up, so JShell need not wait for it.
            starting = CompletableFuture.supplyAsync(() -> cloudOptions.builder().start());
            String region = cloudOptions.region != null ? cloudOptions.region : DefaultRegion.resolve();
            target = Target.localCloud(URI.create("http://127.0.0.1:" + cloudOptions.port), region);
        }
        ConsoleOutput output = new ConsoleOutput();
        CompletableFuture<Session> session = CompletableFuture.supplyAsync(() -> Session.builder(target)
                .workingFolder(Path.of(""))
                .liveOutput(output)
                .warmUpClients(true)
                .start());
        try (Terminal terminal = TerminalBuilder.builder().name("labrepl").system(true).dumb(true).build()) {
            if (starting != null) {
                cloud = join(starting);
            }
            List<String> banner = banner(target);
            banner.forEach(terminal.writer()::println);
            terminal.writer().flush();
            try (Session ready = join(session)) {
                Console.builder(ready, terminal)
                        .output(output)
                        .historyFile(Path.of(System.getProperty("user.home"), ".labrepl", "history"))
                        .build()
                        .run();
            }
        } finally {
            if (cloud != null) {
                cloud.close();
            }
            if (starting != null && cloud == null) {
                starting.thenAccept(LocalCloud::close);
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

    /** Unwraps the exception of a start-up step, so Main sees the taken port or bad data folder. */
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
