package labrepl.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A command line split into words as a POSIX shell splits it (single and double quotes, backslash
 * escapes, a backslash-newline joins lines), and words quoted back for a shell. Nothing is
 * expanded: a {@code $} outside single quotes is refused, because {@code /aws} runs no shell.
 */
final class ShellWords {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                if (next == '\n') {
                    continue;
                }
                if (quote == '"' && "$`\"\\".indexOf(next) < 0) {
                    word.append(c);
                }
                word = word == null ? new StringBuilder() : word;
                word.append(next);
                continue;
            }
            if (c == '$') {
                throw new MirrorException("/aws runs no shell, so " + line.substring(i).split("[\\s\"']")[0]
                        + " is not expanded: write its value, or use /sh for shell variables.");
            }
            if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '\'' || c == '"') {
                quote = c;
            } else {
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new MirrorException("A " + (quote == '\'' ? "single" : "double") + " quote is not closed.");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code word} as a shell reads it back: as it is when plain, else in single quotes. */
    static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
