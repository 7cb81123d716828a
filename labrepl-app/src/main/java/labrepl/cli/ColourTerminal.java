package labrepl.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard output is a terminal that shows colours: not when output goes to a file or a
 * pipe, not when NO_COLOR is set (no-color.org), not on a dumb terminal.
 */
final class ColourTerminal {

    private ColourTerminal() {
    }

    static boolean stdoutIsOne() {
        if (System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Console console = System.console();
        return console != null && isTerminal(console);
    }

    /**
     * Up to Java 21 a console exists only when input and output are terminals; from Java 22 there
     * is always one, and {@code isTerminal()} tells.
     */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
