package labrepl.cloud.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Names start with a letter and go on with letters,
 * digits and underscores; placeholders are {@code #} or {@code :} followed by the same
 * characters. Anything else becomes an UNKNOWN token so the parser can point at it.
 */
final class Tokenizer {

    private static final List<String> TWO_CHARACTER_SYMBOLS = List.of("<>", "<=", ">=");
    private static final String SYMBOLS = "=<>()[],.+-";

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isLetter(c)) {
                i = endOfWord(text, i + 1);
                kind = Token.Kind.NAME;
            } else if ((c == '#' || c == ':') && i + 1 < text.length() && isWordPart(text.charAt(i + 1))) {
                i = endOfWord(text, i + 1);
                kind = c == '#' ? Token.Kind.NAME_PLACEHOLDER : Token.Kind.VALUE_PLACEHOLDER;
            } else if (c >= '0' && c <= '9') {
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Token.Kind.NUMBER;
            } else if (i + 1 < text.length() && TWO_CHARACTER_SYMBOLS.contains(text.substring(i, i + 2))) {
                i += 2;
                kind = Token.Kind.SYMBOL;
            } else if (SYMBOLS.indexOf(c) >= 0) {
                i++;
                kind = Token.Kind.SYMBOL;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Token.Kind.UNKNOWN;
            }
            tokens.add(new Token(kind, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Token.Kind.END, "", text.length(), text.length()));
        return tokens;
    }

    private static int endOfWord(String text, int from) {
        int i = from;
        while (i < text.length() && isWordPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordPart(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
