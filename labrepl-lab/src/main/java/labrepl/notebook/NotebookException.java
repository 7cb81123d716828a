package labrepl.notebook;

/** A notebook that cannot be read as written: the message names the line. */
public final class NotebookException extends RuntimeException {

    private final int line;

    public NotebookException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
