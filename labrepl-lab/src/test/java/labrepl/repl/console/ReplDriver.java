package labrepl.repl.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import labrepl.repl.Session;
import labrepl.target.Target;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Drives the console through its input and output streams, as a person at a terminal would:
 * type a line, wait for the next prompt, read what came between. In the manner of jshell's
 * ReplToolTesting, tests read as transcripts.
 */
final class ReplDriver implements AutoCloseable {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[=>]|\r");

    private final Session session;
    private final Keyboard keyboard = new Keyboard();
    private final Screen screen = new Screen();
    private final Terminal terminal;
    private final Thread console;
    private final String prompt;
    private int consumed;

    ReplDriver(Target target, Path workingFolder, Path history, String terminalType) throws IOException {
        this(target, workingFolder, history, terminalType, Optional.empty());
    }

    /** A REPL as the launcher starts it on real AWS, whose prompt shows {@code account}. */
    ReplDriver(Target target, Path workingFolder, Path history, String terminalType, Optional<String> account)
            throws IOException {
        ConsoleOutput output = new ConsoleOutput();
        ConsoleInput input = new ConsoleInput();
        session = Session.builder(target).workingFolder(workingFolder).liveOutput(output).input(input)
                .confirmation(new ConsoleConfirmation(input)).start();
        // Built directly: TerminalBuilder would put a real pty between the streams and the reader.
        terminal = terminalType.equals(Terminal.TYPE_DUMB)
                ? new DumbTerminal("test", terminalType, keyboard, screen, StandardCharsets.UTF_8)
                : new ExternalTerminal("test", terminalType, keyboard, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(200, 50));
        Console.Builder builder = Console.builder(session, terminal).output(output).input(input).historyFile(history);
        account.ifPresent(builder::account);
        console = new Thread(builder.build()::run, "console-under-test");
        console.start();
        prompt = target.label(account) + "> ";
        awaitPrompt();
    }

    Session session() {
        return session;
    }

    Terminal terminal() {
        return terminal;
    }

    /** Types {@code line} and Enter, and returns what the REPL printed before its next prompt. */
    List<String> enter(String line) {
        type(line + "\r");
        return awaitPrompt();
    }

    /** Types keys without waiting for anything. */
    void type(String keys) {
        keyboard.press(keys.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until {@code text} has been printed (colours aside) since the last prompt; returns what was. */
    String awaitText(String text) {
        return clean(screen.await(s -> clean(s.substring(consumed)).contains(text)).substring(consumed));
    }

    /** The lines printed since the last prompt, up to the next one (echoed input left out), without colours. */
    List<String> awaitPrompt() {
        String all = screen.await(s -> clean(s.substring(consumed)).contains(prompt));
        String since = clean(all.substring(consumed));
        consumed = all.length();
        int end = since.lastIndexOf(prompt);
        String printed = since.substring(0, end);
        List<String> lines = new java.util.ArrayList<>(List.of(printed.split("\n", -1)));
        lines.remove(lines.size() - 1);
        if (!lines.isEmpty()) {
            lines.remove(0);
        }
        return lines;
    }

    static String clean(String text) {
        return ANSI.matcher(text).replaceAll("");
    }

    /** Leaves with Ctrl-D and waits for the console to finish. */
    @Override
    public void close() throws Exception {
        type("\u0004");
        console.join(TimeUnit.SECONDS.toMillis(30));
        terminal.close();
        session.close();
    }

    /**
     * Keys typed by the test. Not a PipedInputStream: that one declares the pipe broken when the
     * thread that last wrote to it has ended, and JUnit may run each test on a thread of its own.
     */
    private static final class Keyboard extends java.io.InputStream {
        private final java.util.ArrayDeque<Byte> keys = new java.util.ArrayDeque<>();

        synchronized void press(byte[] bytes) {
            for (byte b : bytes) {
                keys.add(b);
            }
            notifyAll();
        }

        @Override
        public synchronized int read() {
            while (keys.isEmpty()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            return keys.poll() & 0xFF;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int first = read();
            if (first < 0) {
                return -1;
            }
            buffer[offset] = (byte) first;
            int count = 1;
            while (count < length && !keys.isEmpty()) {
                buffer[offset + count++] = keys.poll();
            }
            return count;
        }

        @Override
        public synchronized int available() {
            return keys.size();
        }
    }

    /** Everything the terminal was sent, readable while the console writes. */
    private static final class Screen extends OutputStream {
        private final StringBuilder text = new StringBuilder();
        private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            pending.write(b);
            if ((b & 0xC0) != 0x80) {
                flushPending(false);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            pending.write(bytes, offset, length);
            flushPending(false);
        }

        private void flushPending(boolean force) {
            String decoded = pending.toString(StandardCharsets.UTF_8);
            if (force || !decoded.endsWith("\uFFFD")) {
                text.append(decoded);
                pending.reset();
                notifyAll();
            }
        }

        synchronized String await(java.util.function.Predicate<String> condition) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!condition.test(text.toString())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    String screen = clean(text.toString());
                    throw new AssertionError("Timed out; the screen ends with:\n"
                            + screen.substring(Math.max(0, screen.length() - 1500)));
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return text.toString();
        }
    }
}
