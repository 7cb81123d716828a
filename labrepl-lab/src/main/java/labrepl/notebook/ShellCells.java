package labrepl.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import labrepl.target.Target;

/**
 * Runs {@code ```shell} cells with bash in the notebook's folder, pointed at the notebook's
 * target the way a learner's terminal would be: endpoint, region and credentials in the
 * environment, no pager.
 */
final class ShellCells {

    private static final long TIMEOUT_SECONDS = 300;
    /**
     * CLIs older than 2.13 / 1.29 ignore AWS_ENDPOINT_URL and would talk to real AWS, so
     * {@code aws} is wrapped to pass the endpoint explicitly.
     */
    private static final String ENDPOINT_WRAPPER =
            "aws() { command aws --endpoint-url \"$AWS_ENDPOINT_URL\" \"$@\"; }\n";

    private final Target target;
    private final Path folder;

    ShellCells(Target target, Path folder) {
        this.target = target;
        this.folder = folder;
    }

    static boolean awsCliInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "aws"))) {
                return true;
            }
        }
        return false;
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
        String script = (target.endpoint().isPresent() ? ENDPOINT_WRAPPER : "") + cell.script();
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script)
                .directory(folder.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("AWS_ENDPOINT_URL");
        env.remove("AWS_PROFILE");
        env.putAll(target.environment());
        env.put("AWS_PAGER", "");
        try {
            Path output = Files.createTempFile(folder, ".shell-output", ".txt");
            Process process = builder.redirectOutput(output.toFile()).start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String text = asTerminalShows(Files.readString(output, StandardCharsets.UTF_8));
            Files.delete(output);
            if (!finished) {
                return new CellOutput(text + "(stopped after " + TIMEOUT_SECONDS + " s)\n", true, Optional.empty());
            }
            StringBuilder shown = new StringBuilder(text);
            if (process.exitValue() != 0) {
                CellOutput.append(shown, "(exit code " + process.exitValue() + ")");
            }
            return new CellOutput(shown.toString(), process.exitValue() != 0, Optional.empty());
        } catch (IOException e) {
            return new CellOutput("cannot run bash: " + e.getMessage() + "\n", true, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CellOutput("interrupted\n", true, Optional.empty());
        }
    }
}
