package labrepl.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.UsageError;
import labrepl.cloud.http.PortInUseException;
import labrepl.cloud.storage.DataStoreException;
import labrepl.target.AwsTarget;
import labrepl.target.InvalidTargetChoice;
import labrepl.target.TargetChoice;

/**
 * {@code labrepl}: the entry point of the jar and of the {@code ./labrepl} launcher. The first
 * argument picks a command ({@code serve}, {@code run}, {@code verify}, {@code check},
 * {@code export}); without one it is the REPL.
 *
 * <p>Exit codes: 0 done, 1 a problem the user can fix (a taken port, an unusable data folder, no
 * AWS credentials, credentials of another account than --account names: one paragraph on stderr,
 * no stack trace) or a failed cell, snippet or check, 2 a
 * command line that cannot be run as written.
 */
public final class Main {

    /**
     * Made only when named: a command's class sets up its syntax when first used, and check's names
     * every lab's checks, which serve and the REPL have no use for at start.
     */
    private static final Map<String, Supplier<Command>> COMMANDS = Map.of("serve", ServeCommand::new,
            "run", RunCommand::new, "verify", VerifyCommand::new, "check", CheckCommand::new, "export", ExportCommand::new);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        List<String> all = Arrays.asList(args);
        Supplier<Command> named = all.isEmpty() ? null : COMMANDS.get(all.get(0));
        List<String> rest = named == null ? all : all.subList(1, all.size());
        Command command = named == null ? new ReplCommand() : named.get();
        try {
            Arguments arguments = command.syntax().parse(rest);
            if (arguments.helpRequested()) {
                out.print(command.syntax().help());
                return 0;
            }
            if (arguments.versionRequested()) {
                Version.lines().forEach(out::println);
                return 0;
            }
            return command.run(arguments, out, err);
        } catch (UsageError | InvalidTargetChoice e) {
            err.println("labrepl: " + e.getMessage());
            return 2;
        } catch (PortInUseException | DataStoreException | TargetChoice.AccountCheckFailed e) {
            err.println("labrepl: " + e.getMessage());
            return 1;
        } catch (AwsTarget.NotConfigured e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            // Anything else is a bug: keep its trace for the report.
            e.printStackTrace(err);
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
