package labrepl.notebook;

import java.io.PrintWriter;
import java.util.List;

/**
 * The console report of {@code labrepl verify}: each failure with its location, the cell
 * and the two outputs side by side; each skip with its reason; then one summary line.
 */
public final class VerifyReport {

    private VerifyReport() {
    }

    public static void print(List<CellResult> results, PrintWriter out) {
        for (CellResult result : results) {
            if (result.status() == CellResult.Status.FAILED) {
                out.println("FAILED " + result.location() + ": " + result.message());
                source(result.cell()).lines().forEach(line -> out.println("    | " + line));
                if (result.expected() != null) {
                    SideBySideDiff.render(result.expected(), result.actual()).lines()
                            .forEach(line -> out.println("    " + line));
                } else if (result.actual() != null && !result.actual().isBlank()) {
                    result.actual().lines().forEach(line -> out.println("    " + line));
                }
                out.println();
            } else if (result.message() != null) {
                out.println(result.status().name().toLowerCase(java.util.Locale.ROOT) + " " + result.location() + ": "
                        + result.message());
            }
        }
        out.println(summary(results));
        out.flush();
    }

    /** {@code 12 passed, 1 failed, 2 skipped}. */
    public static String summary(List<CellResult> results) {
        return count(results, CellResult.Status.PASSED) + " passed, " + count(results, CellResult.Status.FAILED)
                + " failed, " + count(results, CellResult.Status.SKIPPED) + " skipped";
    }

    static long count(List<CellResult> results, CellResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    static String source(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Cell.Java java) {
            return java.source();
        }
        if (cell instanceof Cell.Shell shell) {
            return shell.script();
        }
        return "file " + ((Cell.File) cell).name();
    }
}
