package labrepl.notebook;

/**
 * What happened to one cell: passed, failed (with what it printed), skipped (with the
 * reason), or an error in the notebook itself. {@code expected} and {@code actual} are the
 * outputs compared, when there was a comparison.
 */
public record CellResult(Notebook notebook, Cell cell, Status status, String expected, String actual,
        String message) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public static CellResult passed(Notebook notebook, Cell cell, String actual) {
        return new CellResult(notebook, cell, Status.PASSED, null, actual, null);
    }

    public static CellResult failed(Notebook notebook, Cell cell, String expected, String actual, String message) {
        return new CellResult(notebook, cell, Status.FAILED, expected, actual, message);
    }

    public static CellResult skipped(Notebook notebook, Cell cell, String reason) {
        return new CellResult(notebook, cell, Status.SKIPPED, null, null, reason);
    }

    /** {@code notebooks/lab1.md:42}: where an editor should jump. */
    public String location() {
        return notebook.path() + ":" + cell.line();
    }
}
