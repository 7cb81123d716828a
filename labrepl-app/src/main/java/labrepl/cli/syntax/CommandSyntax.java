package labrepl.cli.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one command accepts, and the two things done with that: parsing a command line into
 * {@link Arguments}, and writing {@code --help}. Every command also takes {@code -h, --help} and
 * {@code -V, --version}.
 *
 * <pre>{@code
 * CommandSyntax serve = CommandSyntax.builder("labrepl serve")
 *         .description("Run the embedded local cloud until Ctrl-C.")
 *         .option(Option.valued("--port", "N", "Port on 127.0.0.1. Default: 4566."))
 *         .build();
 * Arguments arguments = serve.parse(List.of("--port=0"));   // arguments.value("--port") is "0"
 * }</pre>
 *
 * <p>Why not a library: picocli built this model by reflection on every start, a large part of
 * the time {@code labrepl serve} needs to answer its first request (bench/RESULTS.md, issue 2).
 */
public final class CommandSyntax {

    static final Option HELP = new Option(List.of("-h", "--help"), null, "Show this help and exit.");
    static final Option VERSION = new Option(List.of("-V", "--version"), null, "Print the version and exit.");

    private final String name;
    private final List<String> description;
    private final List<Option> options;
    private final Map<String, OptionFamily> families;
    private final Positionals positionals;
    private final List<List<String>> exclusiveGroups;
    private final Map<String, String> commands;

    private CommandSyntax(Builder builder) {
        this.name = builder.name;
        this.description = List.copyOf(builder.description);
        List<Option> all = new ArrayList<>(builder.options);
        all.add(HELP);
        all.add(VERSION);
        this.options = List.copyOf(all);
        this.families = new LinkedHashMap<>(builder.families);
        this.positionals = builder.positionals;
        this.exclusiveGroups = List.copyOf(builder.exclusiveGroups);
        this.commands = new LinkedHashMap<>(builder.commands);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The command as the user types it, e.g. {@code labrepl serve}. */
    public String name() {
        return name;
    }

    /**
     * Reads a command line: {@code --name value} or {@code --name=value} for options with a value,
     * {@code --} before positionals that start with a dash.
     *
     * @throws UsageError naming the option or argument that is wrong, and where help is
     */
    public Arguments parse(List<String> args) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else {
                int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String written = equals < 0 ? arg : arg.substring(0, equals);
                Option option = option(written);
                String value;
                if (!option.takesValue()) {
                    if (equals >= 0) {
                        throw error("option '" + written + "' takes no value");
                    }
                    value = "";
                } else if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !isOption(args.get(i + 1))) {
                    value = args.get(++i);
                } else {
                    throw error("option '" + written + "' needs a value (" + option.valueLabel() + ")");
                }
                if (given.put(option.name(), value) != null) {
                    throw error("option '" + option.name() + "' is given twice");
                }
            }
        }
        Arguments arguments = new Arguments(given, positional);
        if (!arguments.helpRequested() && !arguments.versionRequested()) {
            checkPositionals(positional);
            checkExclusiveGroups(given);
        }
        return arguments;
    }

    /** True for a known option name, so that {@code --data --in-memory} is not a folder called --in-memory. */
    private boolean isOption(String arg) {
        int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
        return find(equals < 0 ? arg : arg.substring(0, equals)).isPresent();
    }

    private Option option(String written) {
        return find(written).orElseThrow(() -> families.values().stream()
                .filter(family -> written.startsWith(family.prefix()))
                .findFirst()
                .map(family -> error("unknown " + family.placeholder() + " '" + written.substring(family.prefix().length())
                        + "' in '" + written + "'; " + family.placeholder() + " is one of "
                        + String.join(", ", family.members())))
                .orElseGet(() -> error("unknown option '" + written + "'")));
    }

    private Optional<Option> find(String name) {
        return options.stream().filter(option -> option.names().contains(name)).findFirst();
    }

    private void checkPositionals(List<String> given) {
        if (positionals == null) {
            if (!given.isEmpty()) {
                throw error("unexpected argument '" + given.get(0) + "'");
            }
            return;
        }
        if (given.size() < positionals.min()) {
            throw error("missing " + positionals.label());
        }
        if (given.size() > positionals.max()) {
            throw error("unexpected argument '" + given.get(positionals.max()) + "'");
        }
    }

    private void checkExclusiveGroups(Map<String, String> given) {
        for (List<String> group : exclusiveGroups) {
            List<String> both = group.stream().filter(given::containsKey).toList();
            if (both.size() > 1) {
                throw error(String.join(" and ", both) + " are mutually exclusive; give one");
            }
        }
    }

    /** The message says where the full list of options is, as the one place to look next. */
    private UsageError error(String problem) {
        return new UsageError(problem + " (" + name + " --help lists the options)");
    }

    /** Usage help: synopsis, description, then commands, parameters and options, one per line. */
    public String help() {
        UsageHelp help = new UsageHelp();
        StringBuilder usage = new StringBuilder(name);
        if (!commands.isEmpty()) {
            usage.append(" [COMMAND]");
        }
        usage.append(" [OPTIONS]");
        if (positionals != null) {
            usage.append(' ').append(positionals.synopsis());
        }
        help.line("Usage: " + usage);
        description.forEach(help::paragraph);
        if (!commands.isEmpty()) {
            help.section("Commands:");
            commands.forEach(help::entry);
        }
        if (positionals != null) {
            help.section("Parameters:");
            help.entry(positionals.synopsis(), positionals.description());
        }
        help.section("Options:");
        Set<OptionFamily> listed = new HashSet<>();
        for (Option option : options) {
            OptionFamily family = families.get(option.name());
            if (family == null) {
                help.entry(option.synopsis(), option.description());
            } else if (listed.add(family)) {
                help.entry(family.synopsis(), family.description());
            }
        }
        return help.toString();
    }

    public static final class Builder {
        private final String name;
        private final List<String> description = new ArrayList<>();
        private final List<Option> options = new ArrayList<>();
        private final List<List<String>> exclusiveGroups = new ArrayList<>();
        private final Map<String, String> commands = new LinkedHashMap<>();
        private final Map<String, OptionFamily> families = new LinkedHashMap<>();
        private Positionals positionals;

        private Builder(String name) {
            this.name = name;
        }

        /** Paragraphs under the synopsis. */
        public Builder description(String... paragraphs) {
            description.addAll(List.of(paragraphs));
            return this;
        }

        public Builder option(Option option) {
            options.add(option);
            return this;
        }

        public Builder options(List<Option> more) {
            options.addAll(more);
            return this;
        }

        /** Options that differ by one word, each its own option, listed once in help. */
        public Builder family(OptionFamily family) {
            for (Option member : family.options()) {
                options.add(member);
                families.put(member.name(), family);
            }
            return this;
        }

        public Builder positionals(Positionals positionals) {
            this.positionals = positionals;
            return this;
        }

        /** Options of which at most one may be given, by long name. */
        public Builder exclusive(String... names) {
            exclusiveGroups.add(List.of(names));
            return this;
        }

        /** A subcommand, listed in help with its one-line summary; running it is the caller's. */
        public Builder command(String name, String summary) {
            commands.put(name, summary);
            return this;
        }

        public CommandSyntax build() {
            return new CommandSyntax(this);
        }
    }
}
