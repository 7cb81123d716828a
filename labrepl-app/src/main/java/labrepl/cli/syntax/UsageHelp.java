package labrepl.cli.syntax;

import java.util.ArrayList;
import java.util.List;

/** Writes usage help for an 80-column terminal: entries in two columns, descriptions wrapped. */
final class UsageHelp {

    private static final int WIDTH = 80;
    private static final int INDENT = 2;
    /** Names longer than this put their description on the next line, as picocli's help does. */
    private static final int NAME_COLUMN = 24;

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        text.append(line).append('\n');
    }

    void paragraph(String paragraph) {
        wrap(paragraph, WIDTH).forEach(this::line);
    }

    void section(String title) {
        text.append('\n');
        line(title);
    }

    /** {@code  --port=N               Port on 127.0.0.1...}, the description wrapped under itself. */
    void entry(String names, String description) {
        String pad = " ".repeat(INDENT + NAME_COLUMN);
        List<String> lines = wrap(description, WIDTH - pad.length());
        String head = " ".repeat(INDENT) + names;
        if (head.length() < pad.length()) {
            line(head + " ".repeat(pad.length() - head.length()) + lines.get(0));
        } else {
            line(head);
            line(pad + lines.get(0));
        }
        lines.subList(1, lines.size()).forEach(rest -> line(pad + rest));
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
