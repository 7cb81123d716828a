package labrepl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.Positionals;
import labrepl.cli.syntax.UsageError;
import labrepl.notebook.CellResult;
import labrepl.notebook.JUnitXmlReport;
import labrepl.notebook.Notebook;
import labrepl.notebook.NotebookRunner;
import labrepl.notebook.VerifyReport;
import labrepl.target.TargetChoice;
import labrepl.target.TargetLease;

/** {@code labrepl verify}: run notebooks and check every cell's output against its expected block. */
final class VerifyCommand extends Command {

    static final String SUMMARY = "Run Markdown notebooks and compare every cell's output with its expected block.";

    private static final CommandSyntax SYNTAX = TargetOptions.addTo(CommandSyntax.builder("labrepl verify")
            .description("Run Markdown notebooks, each in a fresh session against a fresh in-memory local cloud (or"
                    + " --aws / --endpoint), and compare every cell's output with its expected block.",
                    "Exit code 0 when every cell passed.")
            .positionals(Positionals.any("PATH", "Notebooks (.md, .ipynb), or folders searched for them. Default:"
                    + " notebooks"))
            .option(Option.flag("--update", "Rewrite the expected output blocks with what the cells printed."))
            .option(Option.valued("--junit", "FILE", "Also write the results as JUnit XML to FILE."))
            .option(Option.valued("--region", "NAME", "Region for the local cloud or AWS. Default: AWS_REGION,"
                    + " AWS_DEFAULT_REGION, the profile's region, else us-west-2.")))
            .build();

    VerifyCommand() {
        super(SYNTAX);
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
        List<Path> paths = arguments.positionals().stream().map(Path::of).toList();
        List<Path> notebooks = notebooks(paths.isEmpty() ? List.of(Path.of("notebooks")) : paths);
        TargetChoice choice = TargetOptions.choice(arguments, arguments.value("--region"));
        choice.requireAccountOnAws("verify");
        Supplier<TargetLease> targets = choice.perNotebook(System.getenv());
        if (choice.aws()) {
            try (TargetLease aws = targets.get()) {
                choice.account(aws.target());
            }
        }
        NotebookRunner runner = new NotebookRunner(targets, arguments.has("--update"), TargetOptions.unattended(arguments));
        List<CellResult> results = new ArrayList<>();
        for (Path notebook : notebooks) {
            results.addAll(runner.verify(notebook));
        }
        VerifyReport.print(results, out);
        if (arguments.has("--junit")) {
            JUnitXmlReport.write(results, Path.of(arguments.value("--junit")));
        }
        return results.stream().anyMatch(r -> r.status() == CellResult.Status.FAILED) ? 1 : 0;
    }

    /**
     * The notebooks named, folders expanded to the Markdown and Jupyter notebooks under them, in name
     * order; hidden folders (Jupyter's .ipynb_checkpoints) are passed over.
     */
    static List<Path> notebooks(List<Path> paths) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> isNotebook(f) && Files.isRegularFile(f) && !hidden(path.relativize(f)))
                            .sorted().forEach(found::add);
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                throw new UsageError("no notebook or folder at " + path);
            }
        }
        return found;
    }

    private static boolean isNotebook(Path file) {
        return file.toString().endsWith(".md") || Notebook.isJupyter(file);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
