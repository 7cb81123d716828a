package labrepl.cli;

/** Options that do not go together: one line on stderr and exit code 2, as for picocli's own usage errors. */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
