package labrepl.repl.console;

import java.util.List;
import labrepl.repl.Session;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when a line is a whole snippet. Enter on an incomplete snippet ({@code for (...) {})
 * asks for another line under a continuation prompt, as jshell does; the "word" being completed
 * is the Java identifier (or {@code /command}, or file name) before the cursor.
 */
final class SnippetParser implements Parser {

    private final Session session;

    SnippetParser(Session session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !line.stripLeading().startsWith("/")
                && !session.isComplete(line)) {
            throw new EOFError(-1, -1, "The snippet is not complete yet", "more");
        }
        return new SnippetLine(line, cursor);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    /** A line whose current word starts after the last character that cannot be part of a name. */
    static final class SnippetLine implements CompletingParsedLine {
        private final String line;
        private final int cursor;
        private final int wordStart;

        SnippetLine(String line, int cursor) {
            this.line = line;
            this.cursor = cursor;
            this.wordStart = wordStart(line, cursor);
        }

        private static int wordStart(String line, int cursor) {
            boolean command = line.startsWith("/") && line.indexOf(' ') < 0;
            boolean path = line.startsWith("/") && !command;
            int start = cursor;
            while (start > 0) {
                char c = line.charAt(start - 1);
                boolean partOfWord = command ? c != ' ' : path ? !Character.isWhitespace(c)
                        : Character.isJavaIdentifierPart(c);
                if (!partOfWord) {
                    break;
                }
                start--;
            }
            return start;
        }

        @Override
        public String word() {
            return line.substring(wordStart, cursor);
        }

        @Override
        public int wordCursor() {
            return cursor - wordStart;
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word());
        }

        @Override
        public String line() {
            return line;
        }

        @Override
        public int cursor() {
            return cursor;
        }

        int wordStart() {
            return wordStart;
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
