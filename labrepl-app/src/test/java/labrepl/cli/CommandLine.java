package labrepl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** labrepl's command line run in this JVM, as tests drive it: the exit code, and what each stream got. */
final class CommandLine {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Forgets what was printed so far, so the next run's output stands alone. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
