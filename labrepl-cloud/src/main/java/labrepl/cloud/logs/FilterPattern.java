package labrepl.cloud.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * CloudWatch Logs' filter pattern for unstructured events: terms that must all appear ({@code
 * ERROR Exception}), quoted phrases ({@code "Task timed out"}), and {@code -term} that must not.
 * JSON and space-delimited patterns are refused rather than matched wrongly.
 */
final class FilterPattern {

    private final List<String> required = new ArrayList<>();
    private final List<String> excluded = new ArrayList<>();

    static FilterPattern parse(String pattern) {
        FilterPattern parsed = new FilterPattern();
        if (pattern == null) {
            return parsed;
        }
        String text = pattern.strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            throw new LogsException("InvalidParameterException", "The local cloud matches plain-text filter patterns"
                    + " (terms, \"phrases\", -exclusions), not JSON or space-delimited ones: " + pattern);
        }
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean exclude = text.charAt(i) == '-';
            if (exclude) {
                i++;
            }
            String term;
            if (i < text.length() && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new LogsException("InvalidParameterException", "Invalid filter pattern: " + pattern);
                }
                term = text.substring(i + 1, close);
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                term = text.substring(i, end);
                i = end;
            }
            (exclude ? parsed.excluded : parsed.required).add(term);
        }
        return parsed;
    }

    boolean matches(String message) {
        return required.stream().allMatch(message::contains) && excluded.stream().noneMatch(message::contains);
    }
}
