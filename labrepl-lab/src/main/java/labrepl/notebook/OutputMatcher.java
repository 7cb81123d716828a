package labrepl.notebook;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares a cell's output with its expected block. Both are normalised first; then a line
 * that is exactly {@code ...} matches any number of lines, and {@code ...} inside a line
 * matches any text within that line. Trailing blank lines and trailing spaces do not count.
 */
public final class OutputMatcher {

    public static final String ELLIPSIS = "...";

    private OutputMatcher() {
    }

    public static boolean matches(String expected, String actual) {
        List<String> want = lines(Normaliser.normalise(expected));
        List<String> got = lines(Normaliser.normalise(actual));
        Boolean[][] memo = new Boolean[want.size() + 1][got.size() + 1];
        return match(want, 0, got, 0, memo);
    }

    private static boolean match(List<String> want, int i, List<String> got, int j, Boolean[][] memo) {
        if (memo[i][j] != null) {
            return memo[i][j];
        }
        boolean result;
        if (i == want.size()) {
            result = j == got.size();
        } else if (want.get(i).strip().equals(ELLIPSIS)) {
            result = match(want, i + 1, got, j, memo) || (j < got.size() && match(want, i, got, j + 1, memo));
        } else {
            result = j < got.size() && lineMatches(want.get(i), got.get(j)) && match(want, i + 1, got, j + 1, memo);
        }
        memo[i][j] = result;
        return result;
    }

    static boolean lineMatches(String expected, String actual) {
        if (!expected.contains(ELLIPSIS)) {
            return expected.equals(actual);
        }
        String regex = Arrays.stream(expected.split(Pattern.quote(ELLIPSIS), -1))
                .map(Pattern::quote)
                .collect(Collectors.joining(".*"));
        return actual.matches(regex);
    }

    /** Lines without trailing spaces, and without the blank lines that end the text. */
    static List<String> lines(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).collect(Collectors.toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
