package labrepl.repl.engine;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import jdk.jshell.execution.DirectExecutionControl;

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
 * Each snippet runs on a thread of its own, and Ctrl-C stops it the same way on every JDK: the
 * {@link StopSwitch} checks woven into the snippet's code, and an interrupt for what waits. JShell's
 * own local engine uses {@code Thread.stop} up to JDK 19, which can land inside the SDK's HTTP
 * client and break the session's connections; it is never used here. The session adds aborting
 * the SDK calls under way, which neither checks nor interrupts reach.
 */
public final class SessionExecutionControl extends DirectExecutionControl {

    private final BiFunction<Object, String, String> display;
    private final StopSwitch stopSwitch;
    private volatile Thread snippetThread;
    private volatile String lastInvokedClass;
    private volatile Throwable lastThrown;

    SessionExecutionControl(BiFunction<Object, String, String> display, StopSwitch stopSwitch) {
        this.display = display;
        this.stopSwitch = stopSwitch;
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(Stream.of(classes)
                .map(c -> new ClassBytecodes(c.name(), rewrite(c.bytecodes())))
                .toArray(ClassBytecodes[]::new));
    }

    private static byte[] rewrite(byte[] classFile) {
        try {
            return SnippetRewriter.rewrite(classFile);
        } catch (IllegalArgumentException newerClassFormat) {
            // ASM does not know this JDK's class format yet: the snippet runs as compiled, a System.exit
            // in it would end the JVM and Ctrl-C only interrupts it. Better than not running it at all.
            return classFile;
        }
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, InternalException, EngineTerminationException {
        lastInvokedClass = className;
        lastThrown = null;
        if (stopSwitch.pressed()) {
            // Ctrl-C came while JShell was compiling the snippet, when there was nothing to stop yet.
            throw new StoppedException();
        }
        return super.invoke(className, methodName);
    }

    /** Runs the snippet on a fresh thread, so an interrupt or a stop never outlives its cell. */
    @Override
    protected String invoke(Method doitMethod) throws Exception {
        AtomicReference<Object> value = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread snippet = new Thread(() -> {
            stopSwitch.governCurrentThread();
            try {
                value.set(doitMethod.invoke(null));
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "labrepl-snippet");
        snippetThread = snippet;
        try {
            snippet.start();
            snippet.join();
        } finally {
            snippetThread = null;
        }
        Throwable failure = thrown.get();
        if (failure == null) {
            return valueString(value.get());
        }
        if (failure instanceof InvocationTargetException && failure.getCause() instanceof StopSwitch.CellStopped) {
            throw new StoppedException();
        }
        if (failure instanceof Exception) {
            throw (Exception) failure;
        }
        throw (Error) failure;
    }

    /** Ctrl-C: the snippet stops at its next check; a wait (a sleep, a lock) is interrupted. */
    @Override
    public void stop() {
        stopSwitch.press();
        Thread snippet = snippetThread;
        if (snippet != null) {
            snippet.interrupt();
        }
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
