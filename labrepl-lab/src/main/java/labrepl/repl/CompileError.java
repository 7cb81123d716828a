package labrepl.repl;

/**
 * A compile error in a snippet, with where it is.
 *
 * @param message javac's message, possibly several lines
 * @param source  the snippet's source
 * @param start   offset in {@code source} where the faulty code starts
 * @param end     offset where it ends (exclusive; at least {@code start + 1} when the source allows)
 */
public record CompileError(String message, String source, int start, int end) {

    /** The source line holding the error and a marker under the faulty part, e.g. {@code ^------^}. */
    public String pointer() {
        int from = Math.max(0, Math.min(start, source.length()));
        int lineStart = source.lastIndexOf('\n', from - 1) + 1;
        int lineEnd = source.indexOf('\n', from);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        String line = source.substring(lineStart, lineEnd);
        int column = from - lineStart;
        int width = Math.max(1, Math.min(end, lineEnd) - from);
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < column; i++) {
            marker.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        marker.append(width == 1 ? "^" : "^" + "-".repeat(width - 2) + "^");
        return line + "\n" + marker;
    }
}
