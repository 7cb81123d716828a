package labrepl.repl.engine;

/**
 * What the learner's {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} calls
 * become once {@link ExitCallVisitor} has rewritten a snippet: they end the cell, not the JVM
 * that also runs the REPL and the local cloud. Public because rewritten snippet classes call it.
 */
public final class ExitTrap {

    private ExitTrap() {
    }

    /** Replaces {@code System.exit(status)}. */
    public static void exit(int status) {
        throw new CellExit(status);
    }

    /** Replaces {@code runtime.exit(status)}. */
    public static void exit(Runtime runtime, int status) {
        throw new CellExit(status);
    }

    /** Replaces {@code runtime.halt(status)}. */
    public static void halt(Runtime runtime, int status) {
        throw new CellExit(status);
    }

    /**
     * Thrown in place of ending the JVM. An {@link Error}, so that the learner's
     * {@code catch (Exception e)} does not swallow it.
     */
    public static final class CellExit extends Error {
        private static final long serialVersionUID = 1L;
        private final int status;

        CellExit(int status) {
            super("System.exit(" + status + ") ends a program, not the REPL: the cell stopped here."
                    + " Type /exit or press Ctrl-D to leave.", null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
