package labrepl.repl.console;

import java.io.PrintWriter;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/** Writes the REPL's own lines to the terminal, coloured by what they are. */
final class Printer {

    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    private static final AttributedStyle NOTE = AttributedStyle.DEFAULT.faint();
    private static final AttributedStyle TITLE = AttributedStyle.BOLD;
    private static final JavaHighlighter HIGHLIGHTER = new JavaHighlighter();

    private final Terminal terminal;
    private final PrintWriter out;

    Printer(Terminal terminal) {
        this.terminal = terminal;
        this.out = terminal.writer();
    }

    void text(String line) {
        out.println(line);
        out.flush();
    }

    void lines(List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }

    /** Java the REPL wrote for the learner, coloured as typed Java is. */
    void code(String line) {
        out.println(HIGHLIGHTER.highlight(null, line).toAnsi(terminal));
        out.flush();
    }

    void error(String line) {
        styled(ERROR, line);
    }

    void note(String line) {
        styled(NOTE, line);
    }

    void title(String line) {
        styled(TITLE, line);
    }

    /** Whether the terminal shows colours, for text that carries its own (a report). */
    boolean showsColour() {
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colours != null && colours >= 8;
    }

    private void styled(AttributedStyle style, String line) {
        out.println(new AttributedString(line, style).toAnsi(terminal));
        out.flush();
    }
}
