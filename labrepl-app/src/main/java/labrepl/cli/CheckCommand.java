package labrepl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import labrepl.check.CheckResult;
import labrepl.check.Grader;
import labrepl.check.LabChecks;
import labrepl.check.Labs;
import labrepl.check.TargetReader;
import labrepl.check.report.JUnitReport;
import labrepl.check.report.JsonReport;
import labrepl.check.report.TextReport;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.Positionals;
import labrepl.cli.syntax.UsageError;
import labrepl.cloud.DefaultRegion;
import labrepl.cloud.LocalCloud;
import labrepl.target.LocalCloudTarget;
import labrepl.target.Target;
import labrepl.target.TargetChoice;
import labrepl.target.TargetLease;

/**
 * {@code labrepl check}: grade the labs on a target as it is. Without --aws or --endpoint the
 * target is the local cloud the REPL or {@code serve} runs on the port, or, when none runs, the
 * data folder it keeps, opened on that port.
 */
final class CheckCommand extends Command {

    static final String SUMMARY = "Grade the labs on a target: each task passed, or what is missing and a hint."
            + " Changes nothing.";

    private static final CommandSyntax SYNTAX = TargetOptions.addTo(CommandSyntax.builder("labrepl check")
            .description(SUMMARY, "Reads the target only (Get, List, Describe, Head calls and an anonymous visit of"
                    + " the website), on real AWS too. Exit code 0 when every check passed.")
            .positionals(Positionals.any("LAB", "Which labs: " + String.join(", ", Labs.names())
                    + ". Default: all"))
            .option(Option.flag("--json", "Print the grade as JSON instead of a table."))
            .option(Option.valued("--junit", "FILE", "Also write the grade as JUnit XML to FILE, a suite per lab."))
            .option(Option.valued("--port", "N", "Port of the local cloud to check, as the REPL or serve runs it."
                    + " Default: " + LocalCloud.DEFAULT_PORT + "."))
            .option(Option.valued("--data", "DIR", "When no local cloud answers on the port, the data folder to read."
                    + " Default: " + CloudOptions.DEFAULT_DATA + "."))
            .option(Option.valued("--region", "NAME", "The lab's region. Default: AWS_REGION, AWS_DEFAULT_REGION,"
                    + " the profile's region, else us-west-2.")))
            .build();

    CheckCommand() {
        super(SYNTAX);
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
        List<LabChecks> labs;
        try {
            labs = Labs.named(arguments.positionals());
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        String region = arguments.value("--region");
        TargetChoice choice = TargetOptions.choice(arguments, region);
        Target remote = choice.remote(System.getenv()).orElse(null);
        if (remote != null && (arguments.has("--port") || arguments.has("--data"))) {
            throw new UsageError("--port and --data name the local cloud to check, not " + remote.describe());
        }
        Path data = Path.of(arguments.has("--data") ? arguments.value("--data") : CloudOptions.DEFAULT_DATA);
        int port = CloudOptions.port(arguments.value("--port"));
        String localRegion = region != null ? region : DefaultRegion.resolve();
        if (remote == null && !listening(port) && !Files.isDirectory(data)) {
            err.println("labrepl check: nothing to check. No local cloud answers on 127.0.0.1:" + port + " and there"
                    + " is no data folder " + data.toAbsolutePath().normalize() + ". Do the labs in ./labrepl (or"
                    + " ./labrepl serve) from this folder first, name the folder with --data, or check real AWS"
                    + " with --aws.");
            return 1;
        }
        try (TargetLease lease = remote != null ? TargetLease.shared(remote)
                : listening(port) ? TargetLease.shared(Target.localCloud(URI.create("http://127.0.0.1:" + port),
                        localRegion))
                : openDataFolder(data, port, localRegion);
                TargetReader target = TargetReader.of(lease.target())) {
            choice.account(lease.target());
            List<CheckResult> grades = Grader.grade(target, labs);
            String described = lease.target().describe();
            if (arguments.has("--json")) {
                out.print(JsonReport.render(described, labs, grades));
            } else {
                out.println("Checking " + described);
                out.print(TextReport.render(labs, grades, ColourTerminal.stdoutIsOne()));
            }
            if (arguments.has("--junit")) {
                JUnitReport.write(described, labs, grades, Path.of(arguments.value("--junit")));
            }
            return Grader.allPassed(grades) ? 0 : 1;
        }
    }

    /**
     * The learner's data, read by a local cloud of check's own while the REPL is not running, on the
     * REPL's port: the addresses kept in the data (an API's invoke URL in the page) name that port.
     */
    private static TargetLease openDataFolder(Path data, int port, String region) {
        return new LocalCloudTarget(port, region, Optional.of(data)).start();
    }

    /** Whether something accepts connections on the port: the REPL's or serve's local cloud. */
    private static boolean listening(int port) {
        if (port == 0) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
