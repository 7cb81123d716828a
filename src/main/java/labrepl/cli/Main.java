package labrepl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code labrepl}: the entry point of the jar and of the {@code ./labrepl} launcher. Without a
 * subcommand it is the REPL.
 */
@Command(
        name = "labrepl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Learn AWS's serverless backend stack from Java: a Java REPL with DynamoDB and S3 clients,"
                + " against an embedded local cloud (default) or real AWS."},
        subcommands = {ServeCommand.class, RunCommand.class, VerifyCommand.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    CloudOptions cloudOptions;

    @Mixin
    TargetOptions targetOptions;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with LabREPL's error handling, for tests to run in-process. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new FriendlyErrors());
    }

    @Override
    public Integer call() throws Exception {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        boolean localOptionsGiven = parsed.hasMatchedOption("--port") || parsed.hasMatchedOption("--data")
                || parsed.hasMatchedOption("--in-memory");
        return new ReplLauncher(cloudOptions, targetOptions, localOptionsGiven, spec.commandLine().getErr()).run();
    }
}
