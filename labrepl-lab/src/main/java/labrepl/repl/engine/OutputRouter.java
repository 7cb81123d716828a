package labrepl.repl.engine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Sends what snippets print to their own session. The local engine runs snippets in this JVM,
 * where {@code System.out} is one stream for everyone; this replaces it (once) with a stream that
 * asks the writing thread which session it belongs to. Threads that belong to no session (the
 * local cloud, the console) write to the real stdout and stderr as before.
 */
public final class OutputRouter {

    /** Where a session's snippet output goes; implementations must be thread-safe. */
    public interface Sink {
        void write(String text, boolean error);
    }

    private static final InheritableThreadLocal<Sink> SINK = new InheritableThreadLocal<>();
    private static boolean installed;

    private OutputRouter() {
    }

    /** Replaces System.out and System.err with routing streams; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(new Routing(out, false), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Routing(err, true), true, StandardCharsets.UTF_8));
        installed = true;
    }

    /** From now on, output of this thread and of threads it starts goes to {@code sink}. */
    public static void routeCurrentThread(Sink sink) {
        SINK.set(sink);
    }

    private static final class Routing extends OutputStream {
        private final PrintStream original;
        private final boolean error;

        Routing(PrintStream original, boolean error) {
            this.original = original;
            this.error = error;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            Sink sink = SINK.get();
            if (sink == null) {
                original.write(bytes, offset, length);
            } else {
                sink.write(new String(bytes, offset, length, StandardCharsets.UTF_8), error);
            }
        }

        @Override
        public void flush() {
            if (SINK.get() == null) {
                original.flush();
            }
        }
    }
}
