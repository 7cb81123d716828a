package labrepl.notebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new expected outputs into a notebook's text ({@code verify --update}). Only the
 * content lines of existing {@code ```output} blocks change; every other byte, prose
 * included, stays as it was.
 */
public final class NotebookWriter {

    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+$");

    private NotebookWriter() {
    }

    /** The notebook's text with each given block's content replaced by its new output. */
    public static String withOutputs(Notebook notebook, Map<ExpectedOutput, String> outputs) {
        List<String> lines = linesWithEndings(notebook.text());
        String newline = notebook.text().contains("\r\n") ? "\r\n" : "\n";
        List<Map.Entry<ExpectedOutput, String>> bottomUp = new ArrayList<>(outputs.entrySet());
        bottomUp.sort(Comparator.comparingInt((Map.Entry<ExpectedOutput, String> e) -> e.getKey().firstContentLine())
                .reversed());
        for (Map.Entry<ExpectedOutput, String> entry : bottomUp) {
            ExpectedOutput block = entry.getKey();
            String indent = indentOf(lines.get(block.firstContentLine() - 1));
            List<String> replacement = new ArrayList<>();
            for (String line : OutputMatcher.lines(entry.getValue())) {
                replacement.add(line.isEmpty() ? newline : indent + line + newline);
            }
            List<String> content = lines.subList(block.firstContentLine(), block.endContentLine());
            content.clear();
            content.addAll(replacement);
        }
        return String.join("", lines);
    }

    private static List<String> linesWithEndings(String text) {
        List<String> lines = new ArrayList<>();
        Matcher matcher = LINE.matcher(text);
        while (matcher.find()) {
            lines.add(matcher.group());
        }
        return lines;
    }

    private static String indentOf(String fenceLine) {
        int i = 0;
        while (i < fenceLine.length() && fenceLine.charAt(i) == ' ') {
            i++;
        }
        return fenceLine.substring(0, i);
    }
}
