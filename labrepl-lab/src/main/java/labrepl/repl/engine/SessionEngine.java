package labrepl.repl.engine;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Gives JShell a {@link SessionExecutionControl} and keeps it, so the session can reach the
 * values and exceptions it records.
 */
public final class SessionEngine implements ExecutionControlProvider {

    private final BiFunction<Object, String, String> display;
    private final BooleanSupplier stopRequested;
    private volatile SessionExecutionControl control;

    /**
     * @param display       how values are shown, given the value and the variable's name
     * @param stopRequested whether Ctrl-C was pressed during the current cell
     */
    public SessionEngine(BiFunction<Object, String, String> display, BooleanSupplier stopRequested) {
        this.display = display;
        this.stopRequested = stopRequested;
    }

    @Override
    public String name() {
        return "labrepl";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new SessionExecutionControl(display, stopRequested);
        return control;
    }

    /** The control JShell is using; present once JShell has been built. */
    public SessionExecutionControl control() {
        if (control == null) {
            throw new IllegalStateException("JShell has not started its execution engine yet");
        }
        return control;
    }
}
