package labrepl.notebook;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Replaces values that differ on every run (request ids, timestamps, UUIDs, account ids)
 * with placeholders, on both sides of a comparison, so a notebook's expected output
 * stays true from run to run and from the local cloud to real AWS.
 */
public final class Normaliser {

    private record Rule(Pattern pattern, String placeholder) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile(
                    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"), "<uuid>"),
            new Rule(Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:?\\d\\d)?"),
                    "<timestamp>"),
            new Rule(Pattern.compile("\\b\\d{10}\\.\\d{1,9}\\b"), "<epoch>"),
            new Rule(Pattern.compile("(?i)\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT"),
                    "<http-date>"),
            new Rule(Pattern.compile("\\b[0-9A-Z]{52}\\b"), "<request-id>"),
            new Rule(Pattern.compile("\\b(?=[0-9A-F]*[A-F])[0-9A-F]{16}\\b"), "<request-id>"),
            new Rule(Pattern.compile("(?<![\\d.])\\d{12}(?![\\d.])"), "<account>"));

    private Normaliser() {
    }

    public static String normalise(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.placeholder());
        }
        return result;
    }
}
