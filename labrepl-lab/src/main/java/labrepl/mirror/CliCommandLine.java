package labrepl.mirror;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code aws} command line read into its parts: the service, the operation, its options (each
 * with the words that follow it), the words that belong to no option, and the CLI's global options.
 * Which words an option really takes is the model's business ({@link CliArguments}).
 *
 * <pre>{@code
 * CliCommandLine line = CliCommandLine.parse("aws dynamodb scan --table-name LabCustomers --output json");
 * line.service();           // dynamodb
 * line.options().get(0);    // Option[name=table-name, words=[LabCustomers]]
 * line.global("output");    // Optional[json]
 * }</pre>
 */
record CliCommandLine(String service, String operation, List<Option> options, List<String> positionals,
                      Map<String, String> globals) {

    /** An option as typed: {@code --key-schema A=1 B=2} is {@code key-schema} with two words. */
    record Option(String name, List<String> words) {
    }

    /** The CLI's own options, which any command takes, and whether each takes a value. */
    private static final Map<String, Boolean> GLOBAL = globalOptions();
    /** Global options that change only how the CLI prints, never the request. */
    static final Set<String> DISPLAY_ONLY = Set.of("output", "query", "no-paginate", "no-cli-pager", "color",
            "debug", "cli-read-timeout", "cli-connect-timeout", "no-cli-auto-prompt", "cli-auto-prompt");

    CliCommandLine {
        options = List.copyOf(options);
        positionals = List.copyOf(positionals);
        globals = Map.copyOf(globals);
    }

    static CliCommandLine parse(String line) {
        List<String> words = new ArrayList<>(ShellWords.split(line));
        if (!words.isEmpty() && words.get(0).equals("aws")) {
            words.remove(0);
        }
        Map<String, String> globals = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String name = word.startsWith("--") ? word.substring(2) : null;
            if (name != null && GLOBAL.containsKey(name)) {
                boolean takesValue = GLOBAL.get(name);
                if (takesValue && i + 1 >= words.size()) {
                    throw new MirrorException("--" + name + " needs a value.");
                }
                globals.put(name, takesValue ? words.get(++i) : "");
            } else {
                rest.add(word);
            }
        }
        if (rest.size() < 2 || rest.get(0).startsWith("-") || rest.get(1).startsWith("-")) {
            throw new MirrorException("Usage: /aws SERVICE OPERATION [--option value ...], e.g."
                    + " /aws dynamodb scan --table-name LabCustomers");
        }
        List<Option> options = new ArrayList<>();
        List<String> positionals = new ArrayList<>();
        Option current = null;
        for (String word : rest.subList(2, rest.size())) {
            if (word.startsWith("--") && word.length() > 2) {
                current = new Option(word.substring(2), new ArrayList<>());
                options.add(current);
            } else if (current != null) {
                current.words().add(word);
            } else {
                positionals.add(word);
            }
        }
        List<Option> frozen = options.stream().map(o -> new Option(o.name(), List.copyOf(o.words()))).toList();
        return new CliCommandLine(rest.get(0), rest.get(1), frozen, positionals, globals);
    }

    Optional<String> global(String name) {
        return Optional.ofNullable(globals.get(name));
    }

    private static Map<String, Boolean> globalOptions() {
        Map<String, Boolean> options = new LinkedHashMap<>();
        for (String valued : List.of("region", "endpoint-url", "output", "query", "profile", "color", "ca-bundle",
                "cli-read-timeout", "cli-connect-timeout", "cli-binary-format")) {
            options.put(valued, true);
        }
        for (String flag : List.of("debug", "no-paginate", "no-cli-pager", "no-verify-ssl", "no-sign-request",
                "no-cli-auto-prompt", "cli-auto-prompt")) {
            options.put(flag, false);
        }
        return Map.copyOf(options);
    }
}
