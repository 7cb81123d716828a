package labrepl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code labrepl}: the entry point of the jar and of the {@code ./labrepl} launcher. */
@Command(
        name = "labrepl",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Learn AWS's serverless backend stack from Java, against an embedded local cloud or real AWS.",
        subcommands = {ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with LabREPL's error handling, for tests to run in-process. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new FriendlyErrors());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
