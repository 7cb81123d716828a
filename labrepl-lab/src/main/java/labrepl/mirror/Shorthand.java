package labrepl.mirror;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS CLI's shorthand syntax, read into plain values: {@code AttributeName=ID,AttributeType=S}
 * is a map of two strings, {@code Key=a,b} a map whose value is a list, {@code Key=[a,b]} an
 * explicit list, {@code Key={Sub=x}} a nested map; values may be quoted, and {@code \} escapes a
 * separator. Whether a value is then a string, number or list is the model's business.
 */
final class Shorthand {

    private final String text;
    private int at;

    private Shorthand(String text) {
        this.text = text;
    }

    /** {@code Key=value,...} as an ordered map of String, List and Map values. */
    static Map<String, Object> parse(String text) {
        Shorthand parser = new Shorthand(text);
        Map<String, Object> values = parser.keyValues('\0');
        if (parser.at < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.at) + "'");
        }
        return values;
    }

    private Map<String, Object> keyValues(char closing) {
        Map<String, Object> values = new LinkedHashMap<>();
        while (at < text.length() && text.charAt(at) != closing) {
            String key = key();
            expect('=');
            values.put(key, value(closing));
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
            } else {
                break;
            }
        }
        return values;
    }

    private String key() {
        skipSpaces();
        int start = at;
        while (at < text.length() && isKeyChar(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw error("a key was expected");
        }
        return text.substring(start, at);
    }

    /** A key's value: a list, a map, or one or more comma-separated scalars up to the next key. */
    private Object value(char closing) {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == '[') {
            return explicitList();
        }
        if (at < text.length() && text.charAt(at) == '{') {
            return hash();
        }
        List<Object> scalars = new ArrayList<>();
        scalars.add(scalar(closing));
        while (at < text.length() && text.charAt(at) == ',' && !nextIsKey(at + 1)) {
            at++;
            scalars.add(scalar(closing));
        }
        return scalars.size() == 1 ? scalars.get(0) : scalars;
    }

    private List<Object> explicitList() {
        expect('[');
        List<Object> elements = new ArrayList<>();
        skipSpaces();
        while (at < text.length() && text.charAt(at) != ']') {
            skipSpaces();
            char c = text.charAt(at);
            elements.add(c == '{' ? hash() : c == '[' ? explicitList() : scalar(']'));
            skipSpaces();
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
            }
        }
        expect(']');
        return elements;
    }

    private Map<String, Object> hash() {
        expect('{');
        Map<String, Object> values = keyValues('}');
        expect('}');
        return values;
    }

    private String scalar(char closing) {
        skipSpaces();
        if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
            char quote = text.charAt(at++);
            StringBuilder quoted = new StringBuilder();
            while (at < text.length() && text.charAt(at) != quote) {
                if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                    at++;
                }
                quoted.append(text.charAt(at++));
            }
            expect(quote);
            skipSpaces();
            return quoted.toString();
        }
        StringBuilder plain = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ',' || (closing != '\0' && (c == closing || c == ']' || c == '}'))) {
                break;
            }
            if (c == '\\' && at + 1 < text.length()) {
                c = text.charAt(++at);
            }
            plain.append(c);
            at++;
        }
        return plain.toString().strip();
    }

    /** Whether the text from {@code from} starts with {@code key=} (a new key, not another list value). */
    private boolean nextIsKey(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && isKeyChar(text.charAt(i))) {
            i++;
        }
        return i > start && i < text.length() && text.charAt(i) == '=';
    }

    private static boolean isKeyChar(int c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '#' || c == ':' || c == '/';
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("'" + c + "' was expected");
        }
        at++;
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private MirrorException error(String what) {
        return new MirrorException("Shorthand " + text + ": " + what + " at position " + (at + 1) + ".");
    }
}
