package labrepl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import labrepl.notebook.CellResult;
import labrepl.notebook.JUnitXmlReport;
import labrepl.notebook.NotebookRunner;
import labrepl.notebook.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code labrepl verify}: run notebooks and check every cell's output against its expected block. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Run Markdown notebooks, each in a fresh session against a fresh in-memory local cloud (or"
                + " --aws / --endpoint), and compare every cell's output with its expected block.",
                "Exit code 0 when every cell passed."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Notebooks, or folders searched for *.md. Default: notebooks")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--update", description = "Rewrite the expected output blocks with what the cells printed.")
    boolean update;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
    Path junit;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Region for the local cloud or AWS. Default: AWS_REGION, AWS_DEFAULT_REGION, the profile's"
                    + " region, else us-west-2.")
    String region;

    @Mixin
    TargetOptions targetOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> notebooks = notebooks(paths.isEmpty() ? List.of(Path.of("notebooks")) : paths);
        NotebookRunner runner = new NotebookRunner(TargetChoice.perNotebook(targetOptions, region), update);
        List<CellResult> results = new ArrayList<>();
        for (Path notebook : notebooks) {
            results.addAll(runner.verify(notebook));
        }
        VerifyReport.print(results, out);
        if (junit != null) {
            JUnitXmlReport.write(results, junit);
        }
        return results.stream().anyMatch(r -> r.status() == CellResult.Status.FAILED) ? 1 : 0;
    }

    /** The notebooks named, folders expanded to the Markdown files under them, in name order. */
    static List<Path> notebooks(List<Path> paths) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted()
                            .forEach(found::add);
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                throw new UsageError("no notebook or folder at " + path);
            }
        }
        return found;
    }
}
