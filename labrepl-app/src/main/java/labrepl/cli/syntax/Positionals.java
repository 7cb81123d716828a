package labrepl.cli.syntax;

/**
 * The arguments of a command that are not options, e.g. {@code FILE...}: how many it takes
 * and what they are.
 */
public record Positionals(String label, int min, int max, String description) {

    /** One or more, e.g. the lab scripts of {@code labrepl run}. */
    public static Positionals oneOrMore(String label, String description) {
        return new Positionals(label, 1, Integer.MAX_VALUE, description);
    }

    /** Any number, none included, e.g. the notebooks of {@code labrepl verify}. */
    public static Positionals any(String label, String description) {
        return new Positionals(label, 0, Integer.MAX_VALUE, description);
    }

    /** How usage help writes them: {@code FILE...} or {@code [PATH...]}. */
    String synopsis() {
        String many = max > 1 ? label + "..." : label;
        return min == 0 ? "[" + many + "]" : many;
    }
}
