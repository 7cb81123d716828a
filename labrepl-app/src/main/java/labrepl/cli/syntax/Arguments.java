package labrepl.cli.syntax;

import java.util.List;
import java.util.Map;

/** A parsed command line: the options given (by long name) with their values, and the positionals. */
public final class Arguments {

    private final Map<String, String> options;
    private final List<String> positionals;

    Arguments(Map<String, String> options, List<String> positionals) {
        this.options = Map.copyOf(options);
        this.positionals = List.copyOf(positionals);
    }

    /** True when the option was given, with or without a value. */
    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The value given to the option, or null when it was not given. */
    public String value(String name) {
        return options.get(name);
    }

    public List<String> positionals() {
        return positionals;
    }

    public boolean helpRequested() {
        return has(CommandSyntax.HELP.name());
    }

    public boolean versionRequested() {
        return has(CommandSyntax.VERSION.name());
    }
}
