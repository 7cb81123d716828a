package labrepl.repl;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Cuts source text into the snippets JShell evaluates one at a time, remembering the line
 * each starts on (past leading blank lines and comments), so a replay can say
 * {@code lab1.jsh:14} and show the line a snippet begins with.
 */
final class SourceSplitter {

    private SourceSplitter() {
    }

    static List<SourceSnippet> split(SourceCodeAnalysis analysis, String text) {
        List<SourceSnippet> snippets = new ArrayList<>();
        String rest = text;
        int consumed = 0;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            // Incomplete or unparsable input is kept whole, so JShell says what is wrong with it.
            String remaining = completeness.isComplete() ? info.remaining() : "";
            String source = completeness.isComplete() ? info.source() : rest;
            int length = rest.length() - remaining.length();
            int start = consumed + codeStart(rest.substring(0, length));
            snippets.add(new SourceSnippet(source, lineOf(text, start)));
            consumed += length;
            rest = remaining;
        }
        return snippets;
    }

    /** The offset of the first character that is neither blank nor inside a comment. */
    static int codeStart(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                return i;
            }
        }
        return 0;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
