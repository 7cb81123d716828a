package labrepl.cli.syntax;

/**
 * A command line that cannot be run as written: an unknown option, a missing value, options that
 * do not go together. One line on stderr and exit code 2, no stack trace.
 */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
