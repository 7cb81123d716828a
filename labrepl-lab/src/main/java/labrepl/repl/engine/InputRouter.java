package labrepl.repl.engine;

import java.io.IOException;
import java.io.InputStream;

/**
 * Gives snippets their own session's input. The local engine runs snippets in this JVM, where
 * {@code System.in} is one stream for everyone; this replaces it (once) with a stream that asks
 * the reading thread which session it belongs to: a REPL's cells read what the learner types,
 * a notebook's or a script's read the end of input. Threads of no session read the real stdin.
 */
public final class InputRouter {

    private static final InheritableThreadLocal<InputStream> SOURCE = new InheritableThreadLocal<>();
    private static boolean installed;

    private InputRouter() {
    }

    /** Replaces System.in with a routing stream; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        System.setIn(new Routing(System.in));
        installed = true;
    }

    /** From now on, this thread and the threads it starts read {@code source} as System.in. */
    public static void routeCurrentThread(InputStream source) {
        SOURCE.set(source);
    }

    private static final class Routing extends InputStream {
        private final InputStream original;

        Routing(InputStream original) {
            this.original = original;
        }

        private InputStream source() {
            InputStream source = SOURCE.get();
            return source == null ? original : source;
        }

        @Override
        public int read() throws IOException {
            return source().read();
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            return source().read(bytes, offset, length);
        }

        @Override
        public int available() throws IOException {
            return source().available();
        }
    }
}
