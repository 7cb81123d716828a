package labrepl.repl.console;

import java.io.PrintWriter;
import labrepl.repl.engine.OutputRouter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Where the session's snippet output goes in the console: straight to the terminal while a cell
 * runs, above the prompt when a background thread prints while the learner is typing. Created
 * before the terminal exists, because the session (started in parallel) needs it first.
 */
public final class ConsoleOutput implements OutputRouter.Sink {

    private volatile PrintWriter writer;
    private volatile LineReader reader;
    private final StringBuilder early = new StringBuilder();
    /** What was printed since the last line break: a question a cell asks before reading input. */
    private volatile String partialLine = "";

    @Override
    public void write(String text, boolean error) {
        int lineBreak = text.lastIndexOf('\n');
        partialLine = lineBreak < 0 ? partialLine + text : text.substring(lineBreak + 1);
        PrintWriter out = writer;
        if (out == null) {
            synchronized (early) {
                early.append(text);
            }
            return;
        }
        LineReader lineReader = reader;
        if (lineReader != null && lineReader.isReading()) {
            lineReader.printAbove(text);
            return;
        }
        if (error) {
            out.print(new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))
                    .toAnsi(lineReader == null ? null : lineReader.getTerminal()));
        } else {
            out.print(text);
        }
        out.flush();
    }

    /**
     * The text printed since the last line break, to be the prompt of a line read for the cell;
     * the cursor goes back to the line's start so that the line editor draws it once.
     */
    String takePartialLine() {
        String partial = partialLine;
        partialLine = "";
        PrintWriter out = writer;
        if (!partial.isEmpty() && out != null) {
            out.print('\r');
            out.flush();
        }
        return partial;
    }

    void attach(PrintWriter terminalWriter, LineReader lineReader) {
        this.reader = lineReader;
        this.writer = terminalWriter;
        synchronized (early) {
            if (early.length() > 0) {
                terminalWriter.print(early);
                terminalWriter.flush();
                early.setLength(0);
            }
        }
    }
}
