package labrepl.repl.console;

import java.util.Set;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Java as it is typed: keywords, string and character literals, numbers, comments, and
 * {@code /commands}. A small scanner, forgiving of the unfinished code a line being typed is.
 */
final class JavaHighlighter implements Highlighter {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
            "var", "record", "yield", "true", "false", "null");

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle LITERAL = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT)
            .italic();
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (buffer.startsWith("/")) {
            int end = buffer.indexOf(' ');
            end = end < 0 ? buffer.length() : end;
            out.styled(COMMAND, buffer.substring(0, end)).append(buffer.substring(end));
            return out.toAttributedString();
        }
        int i = 0;
        while (i < buffer.length()) {
            char c = buffer.charAt(i);
            int end;
            if (c == '/' && buffer.startsWith("//", i)) {
                end = lineEnd(buffer, i);
                out.styled(COMMENT, buffer.substring(i, end));
            } else if (c == '/' && buffer.startsWith("/*", i)) {
                int close = buffer.indexOf("*/", i + 2);
                end = close < 0 ? buffer.length() : close + 2;
                out.styled(COMMENT, buffer.substring(i, end));
            } else if (c == '"' || c == '\'') {
                end = literalEnd(buffer, i, c);
                out.styled(LITERAL, buffer.substring(i, end));
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < buffer.length() && (Character.isLetterOrDigit(buffer.charAt(end))
                        || buffer.charAt(end) == '.' || buffer.charAt(end) == '_')) {
                    end++;
                }
                out.styled(NUMBER, buffer.substring(i, end));
            } else if (Character.isJavaIdentifierStart(c)) {
                end = i;
                while (end < buffer.length() && Character.isJavaIdentifierPart(buffer.charAt(end))) {
                    end++;
                }
                String word = buffer.substring(i, end);
                boolean member = i > 0 && buffer.charAt(i - 1) == '.';
                if (!member && KEYWORDS.contains(word)) {
                    out.styled(KEYWORD, word);
                } else {
                    out.append(word);
                }
            } else {
                end = i + 1;
                out.append(c);
            }
            i = end;
        }
        return out.toAttributedString();
    }

    private static int lineEnd(String buffer, int from) {
        int end = buffer.indexOf('\n', from);
        return end < 0 ? buffer.length() : end;
    }

    /** The end of a string or char literal, past escapes; an unclosed one runs to the end of the line. */
    private static int literalEnd(String buffer, int start, char quote) {
        boolean textBlock = quote == '"' && buffer.startsWith("\"\"\"", start);
        if (textBlock) {
            int close = buffer.indexOf("\"\"\"", start + 3);
            return close < 0 ? buffer.length() : close + 3;
        }
        int i = start + 1;
        while (i < buffer.length()) {
            char c = buffer.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote || c == '\n') {
                return Math.min(buffer.length(), i + 1);
            }
            i++;
        }
        return buffer.length();
    }
}
