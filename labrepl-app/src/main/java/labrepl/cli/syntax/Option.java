package labrepl.cli.syntax;

import java.util.List;

/**
 * One option of a command as {@code --help} shows it: its names ({@code -h, --help}), the label
 * of its value ({@code --port=N}; none for a flag) and one line on what it does, defaults included.
 */
public record Option(List<String> names, String valueLabel, String description) {

    public Option {
        names = List.copyOf(names);
    }

    /** An option that is given or not, e.g. {@code --in-memory}. */
    public static Option flag(String name, String description) {
        return new Option(List.of(name), null, description);
    }

    /** An option with a value, given as {@code --port 0} or {@code --port=0}. */
    public static Option valued(String name, String valueLabel, String description) {
        return new Option(List.of(name), valueLabel, description);
    }

    /** The name {@link Arguments} knows it by: the long one, written last. */
    public String name() {
        return names.get(names.size() - 1);
    }

    public boolean takesValue() {
        return valueLabel != null;
    }

    /** How usage help writes it: {@code -h, --help} or {@code --port=N}. */
    String synopsis() {
        String joined = String.join(", ", names);
        return takesValue() ? joined + "=" + valueLabel : joined;
    }
}
