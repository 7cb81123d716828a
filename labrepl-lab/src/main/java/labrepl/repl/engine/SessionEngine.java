package labrepl.repl.engine;

import java.util.Map;
import java.util.function.BiFunction;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Gives JShell a {@link SessionExecutionControl} and keeps it, so the session can reach the
 * values and exceptions it records.
 */
public final class SessionEngine implements ExecutionControlProvider {

    private final BiFunction<Object, String, String> display;
    private final StopSwitch stopSwitch;
    private volatile SessionExecutionControl control;

    /**
     * @param display       how values are shown, given the value and the variable's name
     * @param stopSwitch    what Ctrl-C presses, reset for each cell
     */
    public SessionEngine(BiFunction<Object, String, String> display, StopSwitch stopSwitch) {
        this.display = display;
        this.stopSwitch = stopSwitch;
    }

    @Override
    public String name() {
        return "labrepl";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new SessionExecutionControl(display, stopSwitch);
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
