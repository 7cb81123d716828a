package labrepl.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;
import labrepl.helpers.LabContext;
import labrepl.repl.engine.ExitTrap;
import labrepl.repl.engine.OutputRouter;
import labrepl.repl.engine.SessionEngine;
import labrepl.repl.engine.StopSwitch;

/**
 * Runs snippets on the session's thread and turns JShell's events into {@link SnippetResult}s:
 * output captured per snippet, values through {@link ValueText}, exceptions through
 * {@link Failures}, and Ctrl-C honoured even inside an SDK call.
 */
final class SnippetRunner {

    /** JShell's wrapper classes, which leak into value texts and stack traces. */
    private static final Pattern WRAPPER_NAMES = Pattern.compile("REPL\\.\\$JShell\\$\\d+\\$?");
    /** javac's "location: class" names JShell's hidden wrapper class, which means nothing to the learner. */
    private static final Pattern WRAPPER_LOCATION = Pattern.compile("\\n\\s*location: class\\s*(?=\\n|$)");
    private static final int ABORT_REPEATS = 10;
    private static final long ABORT_INTERVAL_MS = 200;

    private final LabContext context;
    private final OutputRouter.Sink live;
    private final SessionEngine engine;
    private final StringBuilder captured = new StringBuilder();
    private JShell jshell;
    private volatile boolean cellRunning;
    /** Counts cells, so that aborts repeated for a stopped cell never reach the next one. */
    private volatile long cellNumber;
    private final StopSwitch stopSwitch = new StopSwitch();
    private volatile Failure lastFailure;
    /** The objects the learner's variables were given, for commands that look at them ({@code /cli $3}). */
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    SnippetRunner(LabContext context, OutputRouter.Sink live) {
        this.context = context;
        this.live = live;
        this.engine = new SessionEngine((value, name) -> clean(ValueText.of(value, name)), stopSwitch);
    }

    SessionEngine engine() {
        return engine;
    }

    void attach(JShell shell) {
        this.jshell = shell;
    }

    /** Where the session thread's (and its snippets') output goes. */
    OutputRouter.Sink sink() {
        return (text, error) -> {
            String masked = context.redact(text);
            synchronized (captured) {
                captured.append(masked);
            }
            live.write(masked, error);
        };
    }

    /** Evaluates a preloaded snippet; one that fails means LabREPL itself is broken. */
    List<Snippet> preload(String source) {
        List<Snippet> snippets = new ArrayList<>();
        for (SnippetEvent event : jshell.eval(source)) {
            if (event.status() == Snippet.Status.REJECTED || event.exception() != null) {
                String why = jshell.diagnostics(event.snippet()).map(d -> d.getMessage(null))
                        .collect(Collectors.joining("; "));
                throw new IllegalStateException("Preloading `" + source + "` failed: " + why);
            }
            snippets.add(event.snippet());
        }
        takeOutput();
        return snippets;
    }

    List<SnippetResult> runCell(String cell) {
        stopSwitch.reset();
        cellNumber++;
        cellRunning = true;
        try {
            return runSnippets(cell);
        } finally {
            cellRunning = false;
        }
    }

    private List<SnippetResult> runSnippets(String cell) {
        List<SnippetResult> results = new ArrayList<>();
        String rest = cell;
        // Ctrl-C between two snippets of a cell (when JShell has nothing to stop) still ends the cell.
        while (!rest.isBlank() && !stopSwitch.pressed()) {
            SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            String source;
            if (completeness.isComplete()) {
                source = info.source();
                rest = info.remaining();
            } else {
                // Incomplete or unparsable: evaluate it whole so JShell says what is wrong.
                source = rest;
                rest = "";
            }
            SnippetResult result = run(source);
            results.add(result);
            if (result.status() == SnippetResult.Status.STOPPED || result.status() == SnippetResult.Status.EXITED) {
                return results;
            }
        }
        if (stopSwitch.pressed() && !rest.isBlank()) {
            results.add(result(rest, SnippetResult.Status.STOPPED, ""));
        }
        return results;
    }

    void stop() {
        if (!cellRunning) {
            return;
        }
        long stopped = cellNumber; // read first: the cell may end, and the next begin, while JShell stops
        stopSwitch.press();
        try {
            jshell.stop();
        } catch (IllegalStateException closed) {
            return;
        }
        abortSdkCallsWhileTheCellRuns(stopped);
    }

    /**
     * A call caught between opening its connection and waiting on it can miss one abort (the HTTP
     * client has not registered it as cancellable yet), so the abort is repeated for a moment.
     */
    private void abortSdkCallsWhileTheCellRuns(long stopped) {
        if (cellNumber != stopped) {
            return;
        }
        context.clients().abortCallsInFlight();
        Thread repeater = new Thread(() -> {
            for (int attempt = 0; attempt < ABORT_REPEATS; attempt++) {
                try {
                    Thread.sleep(ABORT_INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
                if (!cellRunning || cellNumber != stopped) {
                    return; // the stopped cell is over; the next one's calls are not ours to abort
                }
                context.clients().abortCallsInFlight();
            }
        }, "labrepl-stop");
        repeater.setDaemon(true);
        repeater.start();
    }

    /** A stopped last cell leaves the switch pressed for its threads; a closed session has none left. */
    void close() {
        stopSwitch.reset();
    }

    /** The object variable {@code name} was last given by a snippet, if it holds one. */
    Optional<Object> valueOf(String name) {
        return Optional.ofNullable(values.get(name));
    }

    Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private SnippetResult run(String source) {
        takeOutput();
        List<SnippetEvent> events = jshell.eval(source);
        String output = takeOutput();
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (stopSwitch.pressed()) {
            return result(source, SnippetResult.Status.STOPPED, output);
        }
        if (main == null) {
            return result(source, SnippetResult.Status.OK, output);
        }
        Snippet snippet = main.snippet();
        if (main.status() == Snippet.Status.REJECTED) {
            List<CompileError> errors = jshell.diagnostics(snippet)
                    .filter(Diag::isError)
                    .map(d -> new CompileError(clean(d.getMessage(null)), snippet.source(),
                            (int) d.getStartPosition(), (int) d.getEndPosition()))
                    .collect(Collectors.toList());
            return new SnippetResult(snippet.source(), SnippetResult.Status.COMPILE_ERROR, output, null, null,
                    List.of(), errors, null);
        }
        if (main.exception() != null) {
            Throwable thrown = engine.control().lastThrown().orElse(null);
            Failure failure = thrown != null ? Failures.of(thrown, this::clean) : Failures.of(main.exception(), this::clean);
            lastFailure = failure;
            SnippetResult.Status status = thrown instanceof ExitTrap.CellExit
                    ? SnippetResult.Status.EXITED : SnippetResult.Status.EXCEPTION;
            return new SnippetResult(snippet.source(), status, output, null, null, notes(main), List.of(), failure);
        }
        String name = null;
        String value = null;
        if (snippet instanceof VarSnippet) {
            name = ((VarSnippet) snippet).name();
            String variable = name;
            Optional<Object> object = engine.control().lastSnippetVariable(variable);
            remember(variable, object);
            value = object.map(v -> clean(ValueText.of(v, variable)))
                    .orElse(main.value() == null ? null : clean(main.value()));
        } else if (snippet instanceof ExpressionSnippet && main.value() != null && !main.value().isEmpty()) {
            name = ((ExpressionSnippet) snippet).name();
            remember(name, engine.control().lastSnippetVariable(name));
            value = variableValue(name).orElse(clean(main.value()));
        }
        return new SnippetResult(snippet.source(), SnippetResult.Status.OK, output, name, value, notes(main),
                List.of(), null);
    }

    private void remember(String variable, Optional<Object> object) {
        object.ifPresentOrElse(v -> values.put(variable, v), () -> values.remove(variable));
    }

    /** What jshell says about a declaration: created, modified or replaced, and what it still needs. */
    private List<String> notes(SnippetEvent event) {
        Snippet snippet = event.snippet();
        if (!(snippet instanceof MethodSnippet || snippet instanceof TypeDeclSnippet)) {
            return List.of();
        }
        DeclarationSnippet declaration = (DeclarationSnippet) snippet;
        String what = snippet instanceof MethodSnippet
                ? "method " + declaration.name() + "(" + ((MethodSnippet) snippet).parameterTypes() + ")"
                : kindOf((TypeDeclSnippet) snippet) + " " + declaration.name();
        String verb = event.previousStatus() == Snippet.Status.NONEXISTENT ? "created" : "modified";
        List<String> unresolved = jshell.unresolvedDependencies(declaration).collect(Collectors.toList());
        String note = verb + " " + what;
        if (!unresolved.isEmpty()) {
            note += ", however, it cannot be used until " + String.join(", ", unresolved) + " is declared";
        }
        return List.of(note);
    }

    private static String kindOf(TypeDeclSnippet type) {
        switch (type.subKind()) {
            case INTERFACE_SUBKIND:
                return "interface";
            case ENUM_SUBKIND:
                return "enum";
            case ANNOTATION_TYPE_SUBKIND:
                return "annotation";
            case RECORD_SUBKIND:
                return "record";
            default:
                return "class";
        }
    }

    /** The current value of variable {@code name}, shown as the REPL shows values. */
    private Optional<String> variableValue(String name) {
        return jshell.variables()
                .filter(v -> v.name().equals(name) && jshell.status(v).isActive())
                .reduce((first, second) -> second)
                .map(v -> clean(jshell.varValue(v)));
    }

    private static SnippetResult result(String source, SnippetResult.Status status, String output) {
        return new SnippetResult(source, status, output, null, null, List.of(), List.of(), null);
    }

    private String takeOutput() {
        synchronized (captured) {
            String text = captured.toString();
            captured.setLength(0);
            return text;
        }
    }

    /** Masks secrets and removes JShell's wrapper class names. */
    private String clean(String text) {
        if (text == null) {
            return null;
        }
        String unwrapped = WRAPPER_NAMES.matcher(text).replaceAll("");
        return context.redact(WRAPPER_LOCATION.matcher(unwrapped).replaceAll(""));
    }
}
