package labrepl.notebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import labrepl.target.Target;

/**
 * The options written after a fence's language, as {@code key=value} or
 * {@code key="value with spaces"} words:
 *
 * <pre>
 * ```java throws=ResourceNotFoundException     the cell must end with this exception
 * ```java unchecked="the ids differ per run"   output is shown, not compared
 * ```java only=local,aws reason="moto differs" runs only against those targets (local, aws, endpoint)
 * ```java needs=boto3                          runs only where this machine has it (python3, boto3, aws)
 * ```json file=add-one-customer.json           written to the working folder
 * </pre>
 */
public record CellOptions(Map<String, String> values) {

    private static final Pattern WORD = Pattern.compile("([A-Za-z][\\w-]*)(?:=(\"[^\"]*\"|\\S+))?");

    public CellOptions {
        values = Map.copyOf(values);
    }

    /** Reads the info string after the language word; an unreadable option is reported, not ignored. */
    public static CellOptions parse(String options, int line) {
        Map<String, String> values = new LinkedHashMap<>();
        String rest = options.strip();
        while (!rest.isEmpty()) {
            Matcher matcher = WORD.matcher(rest);
            if (!matcher.lookingAt()) {
                throw new NotebookException(line, "cannot read the cell option '" + rest + "'");
            }
            String value = matcher.group(2) == null ? "" : matcher.group(2);
            if (value.startsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(matcher.group(1), value);
            rest = rest.substring(matcher.end()).strip();
        }
        return new CellOptions(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * Why the cell does not run here, if it does not: {@code only=} names other targets (local, aws,
     * endpoint; a local cloud with a service sent elsewhere counts as an endpoint), as in {@code runs only on aws (needs a real account)}, or {@code needs=} names what
     * this machine lacks ({@code python3}, {@code boto3}, {@code aws}).
     */
    public Optional<String> whyNotHere(Target target) {
        Optional<String> only = get("only");
        // A target that sends some service to an endpoint of its own is an endpoint: only=local means
        // that every service is the local cloud's.
        Target.Kind kind = target.serviceEndpoints().isEmpty() ? target.kind() : Target.Kind.ENDPOINT;
        String here = kind.name().toLowerCase(Locale.ROOT);
        if (only.isPresent() && !List.of(only.get().toLowerCase(Locale.ROOT).split(",")).contains(here)) {
            return Optional.of("runs only on " + only.get() + " (" + get("reason").orElse("no reason given") + ")");
        }
        List<String> missing = get("needs").stream().flatMap(needs -> Stream.of(needs.split(",")))
                .filter(tool -> !LocalTools.known(tool) || !LocalTools.installed(tool)).toList();
        if (!missing.isEmpty()) {
            return Optional.of("needs " + String.join(" and ", missing) + ", which this machine does not have"
                    + get("reason").map(reason -> " (" + reason + ")").orElse(""));
        }
        return Optional.empty();
    }
}
