package labrepl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import labrepl.cli.syntax.UsageError;
import labrepl.helpers.clients.Confirmation;
import labrepl.repl.Session;
import labrepl.repl.console.Console;
import labrepl.repl.console.ConsoleConfirmation;
import labrepl.repl.console.ConsoleInput;
import labrepl.repl.console.ConsoleOutput;
import labrepl.target.Target;
import labrepl.target.TargetChoice;
import labrepl.target.TargetLease;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the REPL the way a learner meets it: the local cloud (unless another target was
 * chosen), JShell and the terminal in parallel (and, on real AWS, the account asked of STS), the
 * banner as soon as the cloud is up, the prompt once JShell is ready, and the SDK clients warming
 * up in the background.
 */
final class ReplLauncher {

    private final CloudOptions cloudOptions;
    private final TargetChoice choice;
    private final boolean yes;

    ReplLauncher(CloudOptions cloudOptions, TargetChoice choice, boolean yes) {
        this.cloudOptions = cloudOptions;
        this.choice = choice;
        this.yes = yes;
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
                    .confirmation(yes ? Confirmation.YES : new ConsoleConfirmation(input))
                    .warmUpClients(true)
                    .start());
            CompletableFuture<Optional<String>> account = accountOf(target);
            try (Terminal terminal = TerminalBuilder.builder().name("labrepl").system(true).dumb(true).build()) {
                lease.awaitReady();
                Optional<String> accountId = joinOrClose(account, session);
                banner(target, accountId, cloudOptions, yes).forEach(terminal.writer()::println);
                terminal.writer().flush();
                try (Session ready = join(session)) {
                    Console.Builder console = Console.builder(ready, terminal)
                            .output(output)
                            .input(input)
                            .historyFile(Path.of(System.getProperty("user.home"), ".labrepl", "history"));
                    accountId.ifPresent(console::account);
                    console.build().run();
                }
            }
        }
        return 0;
    }

    /** What the learner reads above the first prompt: where each preloaded client goes, where data is kept. */
    static List<String> banner(Target target, Optional<String> account, CloudOptions cloudOptions, boolean yes) {
        List<String> lines = new ArrayList<>();
        lines.add("LabREPL " + Version.version() + " on Java " + Runtime.version().feature() + ": "
                + target.describe(Session.PRELOADED_SERVICES, account));
        if (target.kind() == Target.Kind.LOCAL) {
            lines.add(cloudOptions.inMemory() ? "Data: in memory, gone when you leave."
                    : "Data: " + cloudOptions.dataFolder().toAbsolutePath().normalize() + " (kept when you leave)");
        } else if (target.kind() == Target.Kind.AWS) {
            lines.add("Real AWS: what you create here is real and may cost money; delete it when you are done.");
            lines.add(yes ? "--yes: deletions are sent without asking."
                    : "Deleting asks you first, once per kind of call (DeleteTable, DeleteBucket, ...); --yes does not ask.");
        }
        lines.add("Type Java, e.g. dynamodb.listTables()   /help: helpers and commands   Ctrl-D: leave");
        return lines;
    }

    /**
     * On real AWS, the account of the credentials, asked of STS on a thread of its own while JShell
     * starts (the shared pool, one thread on two cores, is busy starting the session); elsewhere none.
     */
    private CompletableFuture<Optional<String>> accountOf(Target target) {
        if (target.kind() != Target.Kind.AWS) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> choice.account(target), task -> {
            Thread lookup = new Thread(task, "labrepl-account");
            lookup.setDaemon(true);
            lookup.start();
        });
    }

    /** The account, or its failure after the session being started is closed, so nothing is left open. */
    private static Optional<String> joinOrClose(CompletableFuture<Optional<String>> account,
                                                CompletableFuture<Session> session) {
        try {
            return join(account);
        } catch (RuntimeException e) {
            session.thenAccept(Session::close);
            throw e;
        }
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
