package labrepl.notebook;

import java.nio.file.Path;

/**
 * What happened to one cell: passed, failed (with what it printed), or skipped (with the
 * reason). {@code expected} and {@code actual} are the outputs compared, when there was a
 * comparison. A notebook that cannot be read at all gives one failed result without a cell.
 */
public record CellResult(Path notebook, int line, Cell cell, Status status, String expected, String actual,
        String message) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public static CellResult passed(Notebook notebook, Cell cell, String actual) {
        return new CellResult(notebook.path(), cell.line(), cell, Status.PASSED, null, actual, null);
    }

    /** Passed with {@code verify --update}, its expected block rewritten with {@code actual}. */
    public static CellResult updated(Notebook notebook, Cell cell, String actual) {
        return noted(notebook, cell, actual, "expected output updated");
    }

    /** Passed, with something the report should say about it (an unchecked output, an update). */
    public static CellResult noted(Notebook notebook, Cell cell, String actual, String note) {
        return new CellResult(notebook.path(), cell.line(), cell, Status.PASSED, null, actual, note);
    }

    public static CellResult failed(Notebook notebook, Cell cell, String expected, String actual, String message) {
        return new CellResult(notebook.path(), cell.line(), cell, Status.FAILED, expected, actual, message);
    }

    public static CellResult skipped(Notebook notebook, Cell cell, String reason) {
        return new CellResult(notebook.path(), cell.line(), cell, Status.SKIPPED, null, null, reason);
    }

    /** The notebook itself is wrong (or unreadable) at {@code line}; no cell ran. */
    public static CellResult unreadable(Path notebook, int line, String message) {
        return new CellResult(notebook, line, null, Status.FAILED, null, null, message);
    }

    /** {@code notebooks/lab1.md:42}, or {@code notebooks/lab1.ipynb cell 7}: where an editor should go. */
    public String location() {
        return Notebook.isJupyter(notebook) ? notebook + " cell " + line : notebook + ":" + line;
    }
}
