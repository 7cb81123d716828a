package labrepl.notebook;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import labrepl.cloud.awscli.AwsCli;
import labrepl.target.Target;

/**
 * Runs {@code ```shell} cells with bash in the notebook's folder, pointed at the notebook's
 * target the way a learner's terminal would be: endpoint, region and credentials in the
 * environment, no pager, and {@code aws} given the endpoint even where the CLI would ignore it.
 */
final class ShellCells {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final AwsCli cli;

    ShellCells(Target target, Path folder) {
        this.cli = new AwsCli(target.cliEnvironment(), folder).timeout(TIMEOUT);
    }

    static boolean awsCliInstalled() {
        return AwsCli.isInstalled();
    }

    /** Progress lines ({@code aws s3 cp}'s) end in a carriage return and are overwritten on a terminal. */
    static String asTerminalShows(String text) {
        StringBuilder shown = new StringBuilder();
        for (String line : text.split("\n", -1)) { // not lines(): it also ends a line at a lone \r
            String visible = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            shown.append(visible.substring(visible.lastIndexOf('\r') + 1)).append('\n');
        }
        return shown.toString().stripTrailing() + "\n";
    }

    CellOutput run(Cell.Shell cell) {
        AwsCli.Result result;
        try {
            result = cli.script(cell.script());
        } catch (UncheckedIOException e) {
            return new CellOutput("cannot run bash: " + e.getCause().getMessage() + "\n", true, Optional.empty());
        } catch (IllegalStateException interrupted) {
            return new CellOutput("interrupted\n", true, Optional.empty());
        }
        String text = asTerminalShows(result.stdout());
        if (result.stoppedAfter().isPresent()) {
            return new CellOutput(text + "(stopped after " + TIMEOUT.toSeconds() + " s)\n", true, Optional.empty());
        }
        StringBuilder shown = new StringBuilder(text);
        if (!result.succeeded()) {
            CellOutput.append(shown, "(exit code " + result.exitCode() + ")");
        }
        return new CellOutput(shown.toString(), !result.succeeded(), Optional.empty());
    }
}
