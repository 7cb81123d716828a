package labrepl.repl.console;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * What a running cell reads as {@code System.in}: a line the learner types, asked for when the
 * cell has read everything typed so far, so a {@code Scanner} in a cell works as in a terminal
 * program. The line is read with a plain line editor (no Java completion, no REPL history), with
 * the text the cell printed last on the line as its prompt; Ctrl-D ends the input, Ctrl-C stops
 * the cell.
 */
public final class ConsoleInput extends InputStream {

    private volatile LineReader reader;
    private volatile ConsoleOutput output;
    private volatile Runnable stopCell = () -> { };
    private byte[] line = new byte[0];
    private int position;

    void attach(Terminal terminal, ConsoleOutput printed, Runnable stop) {
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("labrepl-input")
                .variable(LineReader.DISABLE_HISTORY, true).build();
        this.output = printed;
        this.stopCell = stop;
    }

    @Override
    public synchronized int read() throws InterruptedIOException {
        if (!fill()) {
            return -1;
        }
        return line[position++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] bytes, int offset, int length) throws InterruptedIOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, line.length - position);
        System.arraycopy(line, position, bytes, offset, count);
        position += count;
        return count;
    }

    @Override
    public synchronized int available() {
        return line.length - position;
    }

    /**
     * Asks the learner a question of LabREPL's on the cell's behalf (a confirmation) and returns the
     * line typed: empty before a terminal is attached; an empty line on Ctrl-D, and on Ctrl-C, which
     * also stops the cell.
     */
    synchronized Optional<String> ask(String question) {
        LineReader lines = reader;
        if (lines == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(lines.readLine(question));
        } catch (EndOfFileException e) {
            return Optional.of("");
        } catch (UserInterruptException e) {
            stopCell.run();
            return Optional.of("");
        }
    }

    /** True when there is something to read, asking the learner for a line when the last one is used up. */
    private boolean fill() throws InterruptedIOException {
        if (position < line.length) {
            return true;
        }
        LineReader lines = reader;
        if (lines == null) {
            return false;
        }
        String typed;
        try {
            typed = lines.readLine(output.takePartialLine());
        } catch (EndOfFileException e) {
            return false;
        } catch (UserInterruptException e) {
            stopCell.run();
            throw new InterruptedIOException("Stopped while waiting for input");
        }
        line = (typed + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
