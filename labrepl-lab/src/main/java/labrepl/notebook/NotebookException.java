package labrepl.notebook;

/** A notebook that cannot be read as written: the message names the line. */
public final class NotebookException extends RuntimeException {

    private final int line;
    private final String problem;

    public NotebookException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The line, or in a Jupyter notebook the cell number, that is wrong. */
    public int line() {
        return line;
    }

    /** What is wrong, without where: for reports that say where on their own. */
    public String problem() {
        return problem;
    }
}
