package labrepl.repl;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import labrepl.helpers.Lab;
import labrepl.helpers.LabContext;
import labrepl.helpers.clients.Confirmation;
import labrepl.repl.engine.InputRouter;
import labrepl.repl.engine.OutputRouter;
import labrepl.target.AwsService;
import labrepl.target.Target;

/**
 * A JShell session preloaded with the lab's helpers and bound to one {@link Target}: the engine
 * the REPL, lab scripts and notebooks share. It knows nothing of terminals.
 *
 * <pre>{@code
 * try (Session session = Session.builder(Target.localCloud(cloud.endpoint(), "us-west-2")).start()) {
 *     for (SnippetResult r : session.eval("var tables = dynamodb.listTables(); tables.tableNames()")) {
 *         System.out.print(r.output());
 *         r.valueText().ifPresent(System.out::println);
 *     }
 * }
 * }</pre>
 *
 * All JShell work happens on one thread owned by the session; {@link #eval} waits for it, and
 * {@link #stop()} may be called from any other thread (Ctrl-C).
 */
public final class Session implements AutoCloseable {

    /** The services whose clients every session preloads: {@code dynamodb} and {@code s3}. */
    public static final List<AwsService> PRELOADED_SERVICES = List.of(AwsService.DYNAMODB, AwsService.S3);

    private final LabContext context;
    private final ExecutorService thread;
    private final SnippetRunner runner;
    private final JShell jshell;
    private final List<Snippet> startup;

    private Session(LabContext context, ExecutorService thread, SnippetRunner runner, JShell jshell,
                    List<Snippet> startup) {
        this.context = context;
        this.thread = thread;
        this.runner = runner;
        this.jshell = jshell;
        this.startup = startup;
    }

    public static Builder builder(Target target) {
        return new Builder(target);
    }

    /** The target the session's {@code dynamodb} and {@code s3} talk to. */
    public Target target() {
        return context.target();
    }

    public LabContext context() {
        return context;
    }

    /**
     * Evaluates a cell: one or more snippets, each as jshell would. Evaluation goes on after a
     * compile error or an exception, as in jshell, but not after Ctrl-C or {@code System.exit}.
     */
    public List<SnippetResult> eval(String cell) {
        return onSessionThread(() -> runner.runCell(cell));
    }

    /**
     * Stops the running cell: JShell's stop, an interrupt, and the SDK calls under way aborted.
     * Safe from any thread; does nothing when no cell runs.
     */
    public void stop() {
        runner.stop();
    }

    /** The snippets of a script, as {@link #eval} would run them, each with the line it starts on. */
    public List<SourceSnippet> split(String script) {
        return onSessionThread(() -> SourceSplitter.split(jshell.sourceCodeAnalysis(), script));
    }

    /** Whether {@code source} is a complete snippet (or several), or needs more lines. */
    public boolean isComplete(String source) {
        return onSessionThread(() -> {
            String rest = source;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(rest);
                Completeness completeness = info.completeness();
                if (completeness == Completeness.DEFINITELY_INCOMPLETE
                        || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                    return false;
                }
                if (completeness == Completeness.EMPTY || completeness == Completeness.UNKNOWN) {
                    return true;
                }
                rest = info.remaining();
            }
            return true;
        });
    }

    /** Completion candidates for {@code source} with the cursor at {@code cursor}, and where they start. */
    public Completions complete(String source, int cursor) {
        return onSessionThread(() -> Completions.of(jshell.sourceCodeAnalysis(), source, cursor));
    }

    /** The learner's active variables with their types and values, as {@code /vars} lists them. */
    public List<String> variables() {
        return onSessionThread(() -> jshell.variables()
                .filter(v -> !startup.contains(v))
                .map(v -> v.typeName() + " " + v.name() + " = " + varValue(v))
                .collect(Collectors.toList()));
    }

    /** The object the learner's variable {@code name} was given (by its declaration or the expression that made it). */
    public java.util.Optional<Object> valueOf(String name) {
        return runner.valueOf(name);
    }

    /** The names of the active variables, the learner's and the preloaded ones. */
    public java.util.Set<String> variableNames() {
        return onSessionThread(() -> jshell.variables().filter(v -> jshell.status(v).isActive())
                .map(VarSnippet::name).collect(Collectors.toSet()));
    }

    /** Every active import, the preloaded ones included. */
    public List<String> imports() {
        return onSessionThread(() -> jshell.imports().map(ImportSnippet::source).map(String::strip)
                .collect(Collectors.toList()));
    }

    /** The learner's snippets (not the preloaded ones), oldest first, as {@code /list} shows them. */
    public List<Snippet> snippets() {
        return onSessionThread(() -> jshell.snippets()
                .filter(s -> !startup.contains(s) && jshell.status(s).isActive())
                .collect(Collectors.toList()));
    }

    /** The last exception a snippet threw, with its full stack trace, for {@code /trace}. */
    public java.util.Optional<Failure> lastFailure() {
        return runner.lastFailure();
    }

    /**
     * Has JShell's compiler resolve the SDK client types in the background, so that the learner's
     * first {@code dynamodb...} line compiles as fast as the ones after it. Returns at once; the
     * learner's first evaluation waits for it on the session thread if it is still running.
     */
    public void warmUpCompiler() {
        thread.submit(() -> {
            SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
            analysis.analyzeType("dynamodb.listTables()", "dynamodb.listTables()".length());
            analysis.completionSuggestions("dynamodb.", "dynamodb.".length(), new int[1]);
            return null;
        });
    }

    /** Masks the secrets of this session's credentials in {@code text}. */
    public String redact(String text) {
        return context.redact(text);
    }

    @Override
    public void close() {
        try {
            onSessionThread(() -> {
                jshell.close();
                return null;
            });
        } finally {
            runner.close();
            thread.shutdownNow();
            context.close();
        }
    }

    private String varValue(VarSnippet variable) {
        try {
            return context.redact(jshell.varValue(variable));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return "(no value)";
        }
    }

    private <T> T onSessionThread(Callable<T> work) {
        Future<T> result = thread.submit(work);
        try {
            return result.get();
        } catch (InterruptedException e) {
            runner.stop();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the session", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Options for a {@link Session}; {@link #start()} builds JShell and preloads the helpers. */
    public static final class Builder {
        private final Target target;
        private Path workingFolder = Path.of("");
        private OutputRouter.Sink liveOutput = (text, error) -> { };
        private Confirmation confirmation = Confirmation.NO_TERMINAL;
        private InputStream input = InputStream.nullInputStream();
        private boolean warmUpClients;

        private Builder(Target target) {
            this.target = Objects.requireNonNull(target);
        }

        /** The folder relative file names start from ({@code itemFromFile}, {@code /open}); default: the current one. */
        public Builder workingFolder(Path folder) {
            this.workingFolder = Objects.requireNonNull(folder);
            return this;
        }

        /** Receives snippet output as it is printed (already masked), besides each result's {@code output()}. */
        public Builder liveOutput(OutputRouter.Sink sink) {
            this.liveOutput = Objects.requireNonNull(sink);
            return this;
        }

        /**
         * Who confirms the first deletion of each kind on real AWS; default: nobody, so such a call
         * fails (a notebook or script cannot ask), unless {@link Confirmation#YES} ({@code --yes}).
         */
        public Builder confirmation(Confirmation answers) {
            this.confirmation = Objects.requireNonNull(answers);
            return this;
        }

        /** What cells read as System.in; without it they read the end of input at once (notebooks, scripts). */
        public Builder input(InputStream source) {
            this.input = Objects.requireNonNull(source);
            return this;
        }

        /** Build the SDK clients on a background thread while JShell starts, so the first call is quick. */
        public Builder warmUpClients(boolean warmUp) {
            this.warmUpClients = warmUp;
            return this;
        }

        public Session start() {
            OutputRouter.install();
            InputRouter.install();
            LabContext context = LabContext.create(target, workingFolder, confirmation);
            if (warmUpClients) {
                Thread warmer = new Thread(() -> {
                    context.clients().warmUp();
                    // Initialises the helpers (and the client proxies) before the learner's first line needs them.
                    Objects.requireNonNull(Lab.dynamodb);
                }, "labrepl-client-warm-up");
                warmer.setDaemon(true);
                warmer.setPriority(Thread.MIN_PRIORITY);
                warmer.start();
            }
            ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "labrepl-session");
                t.setDaemon(true);
                return t;
            });
            try {
                return thread.submit(() -> open(context, thread)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                thread.shutdownNow();
                context.close();
                throw new IllegalStateException("Interrupted while starting the session", e);
            } catch (ExecutionException e) {
                thread.shutdownNow();
                context.close();
                throw new IllegalStateException("JShell could not start: " + e.getCause().getMessage(), e.getCause());
            }
        }

        private Session open(LabContext context, ExecutorService thread) {
            context.makeCurrent();
            SnippetRunner runner = new SnippetRunner(context, liveOutput);
            OutputRouter.routeCurrentThread(runner.sink());
            InputRouter.routeCurrentThread(input);
            JShell jshell = JShell.builder()
                    .executionEngine(runner.engine(), java.util.Map.of())
                    .build();
            jshell.addToClasspath(System.getProperty("java.class.path"));
            runner.attach(jshell);
            List<Snippet> startup = new ArrayList<>();
            for (String snippet : Preload.SNIPPETS) {
                startup.addAll(runner.preload(snippet));
            }
            return new Session(context, thread, runner, jshell, startup);
        }
    }
}
