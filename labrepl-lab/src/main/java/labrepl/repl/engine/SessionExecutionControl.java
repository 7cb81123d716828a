package labrepl.repl.engine;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * Runs snippets in this JVM (JShell's "local" engine: quicker to start than a separate agent
 * JVM, one heap instead of two; bench/RESULTS.md, "why local") with what that engine lacks for
 * a learner:
 * <ul>
 *   <li>{@code System.exit} in a snippet ends the cell, not the REPL and the local cloud;</li>
 *   <li>the real exception object and the real value of a snippet are kept, so they can be shown
 *       with AWS's error code or as a short SDK summary instead of one long {@code toString};</li>
 *   <li>values shown by JShell (e.g. {@code /vars}) go through the session's value display.</li>
 * </ul>
 * Stopping a running snippet is the base class's {@code stop()}: {@code Thread.stop} up to JDK 19,
 * stop checks woven into the snippet plus an interrupt from JDK 20 on. The session adds aborting
 * the SDK calls under way, which neither can reach.
 */
public final class SessionExecutionControl extends LocalExecutionControl {

    private final BiFunction<Object, String, String> display;
    private final BooleanSupplier stopRequested;
    private volatile String lastInvokedClass;
    private volatile Throwable lastThrown;

    SessionExecutionControl(BiFunction<Object, String, String> display, BooleanSupplier stopRequested) {
        this.display = display;
        this.stopRequested = stopRequested;
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(Stream.of(classes)
                .map(c -> new ClassBytecodes(c.name(), guardExits(c.bytecodes())))
                .toArray(ClassBytecodes[]::new));
    }

    private static byte[] guardExits(byte[] classFile) {
        try {
            return ExitCallRewriter.rewrite(classFile);
        } catch (IllegalArgumentException newerClassFormat) {
            // ASM does not know this JDK's class format yet: the snippet runs as compiled, and a
            // System.exit in it would end the JVM. Better than not running it at all.
            return classFile;
        }
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, InternalException, EngineTerminationException {
        lastInvokedClass = className;
        lastThrown = null;
        if (stopRequested.getAsBoolean()) {
            // Ctrl-C came while JShell was compiling the snippet, when there was nothing to stop yet.
            throw new StoppedException();
        }
        return super.invoke(className, methodName);
    }

    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        lastThrown = cause;
        return super.throwConvertedInvocationException(cause);
    }

    @Override
    public String varValue(String className, String varName)
            throws RunException, EngineTerminationException, InternalException {
        return field(className, varName).map(value -> display.apply(value, varName)).orElseGet(() -> varValueOrNull(className, varName));
    }

    private String varValueOrNull(String className, String varName) {
        try {
            return super.varValue(className, varName);
        } catch (ExecutionControlException e) {
            return null;
        }
    }

    /** JShell's own rendering of a value: strings quoted, chars in single quotes, arrays listed. */
    public static String jshellText(Object value) {
        return valueString(value);
    }

    /** The exception the last snippet threw, as the object itself. */
    public Optional<Throwable> lastThrown() {
        return Optional.ofNullable(lastThrown);
    }

    /** The value of variable {@code name} declared by the last snippet that ran (temporaries like {@code $3} too). */
    public Optional<Object> lastSnippetVariable(String name) {
        String className = lastInvokedClass;
        return className == null ? Optional.empty() : field(className, name);
    }

    private Optional<Object> field(String className, String name) {
        try {
            Field field = findClass(className).getDeclaredField(name);
            field.setAccessible(true);
            return Optional.ofNullable(field.get(null));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
