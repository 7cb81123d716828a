package labrepl.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected and actual output in two columns, aligned by their longest common run of lines
 * (as {@code diff -y}): {@code |} marks a changed line, {@code <} one only expected,
 * {@code >} one only printed. Lines are aligned after normalisation and shown as written.
 */
public final class SideBySideDiff {

    private static final int MAX_COLUMN = 60;

    private SideBySideDiff() {
    }

    public static String render(String expected, String actual) {
        List<String> left = OutputMatcher.lines(expected);
        List<String> right = OutputMatcher.lines(actual);
        int width = Math.min(MAX_COLUMN, Math.max("expected".length(),
                left.stream().mapToInt(String::length).max().orElse(0)));
        StringBuilder out = new StringBuilder();
        row(out, width, "expected", ' ', "actual");
        for (String[] pair : align(left, right)) {
            char mark = pair[0] == null ? '>' : pair[1] == null ? '<'
                    : OutputMatcher.matches(pair[0], pair[1]) ? ' ' : '|';
            row(out, width, pair[0] == null ? "" : pair[0], mark, pair[1] == null ? "" : pair[1]);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int width, String left, char mark, String right) {
        String shown = left.length() > width ? left.substring(0, width - 1) + "…" : left;
        out.append(shown).append(" ".repeat(width - shown.length())).append(' ').append(mark).append(' ')
                .append(right).append('\n');
    }

    /** Pairs of lines (either may be null) along a longest common subsequence of matching lines. */
    private static List<String[]> align(List<String> left, List<String> right) {
        int[][] common = new int[left.size() + 1][right.size() + 1];
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = right.size() - 1; j >= 0; j--) {
                common[i][j] = OutputMatcher.matches(left.get(i), right.get(j))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && OutputMatcher.matches(left.get(i), right.get(j))) {
                pairs.add(new String[] {left.get(i++), right.get(j++)});
            } else if (i < left.size() && j < right.size() && common[i + 1][j] == common[i][j + 1]) {
                pairs.add(new String[] {left.get(i++), right.get(j++)}); // a changed line
            } else if (j == right.size() || (i < left.size() && common[i + 1][j] >= common[i][j + 1])) {
                pairs.add(new String[] {left.get(i++), null});
            } else {
                pairs.add(new String[] {null, right.get(j++)});
            }
        }
        return pairs;
    }
}
