package labrepl.cli;

import java.io.PrintWriter;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;

/** {@code labrepl} with no command: the REPL, on the local cloud unless --aws or --endpoint says otherwise. */
final class ReplCommand extends Command {

    private static final CommandSyntax SYNTAX = TargetOptions.addTo(CloudOptions.addTo(CommandSyntax.builder("labrepl")
            .description("Learn AWS's serverless backend stack from Java: a Java REPL with DynamoDB and S3 clients,"
                    + " against an embedded local cloud (default) or real AWS.")
            .command("serve", ServeCommand.SUMMARY)
            .command("run", RunCommand.SUMMARY)
            .command("verify", VerifyCommand.SUMMARY)
            .command("check", CheckCommand.SUMMARY)
            .command("export", ExportCommand.SUMMARY)))
            .build();

    ReplCommand() {
        super(SYNTAX);
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        CloudOptions cloudOptions = CloudOptions.from(arguments);
        return new ReplLauncher(cloudOptions, TargetOptions.choice(arguments, cloudOptions.region),
                arguments.has("--yes")).run();
    }
}
