package labrepl.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import labrepl.notebook.Cell;
import labrepl.notebook.Notebook;
import labrepl.notebook.NotebookReader;
import labrepl.repl.ResultText;
import labrepl.repl.Session;
import labrepl.repl.SnippetResult;
import labrepl.repl.SourceSnippet;

/**
 * Replays a lab script ({@code .jsh}) in a session, snippet by snippet, echoing each one
 * before its output ({@code [3/12] var resp = …}). It stops at the first snippet that fails,
 * unless told to keep going. In step mode it waits before each snippet, shows what comes
 * next, and runs whatever the instructor types first.
 *
 * <pre>{@code
 * ScriptReplay.Outcome outcome = ScriptReplay.builder(session, out).keepGoing(true).build()
 *         .replay(Path.of("lab-scripts/lab1-task2-dynamodb.jsh"));
 * }</pre>
 */
public final class ScriptReplay {

    private final Session session;
    private final PrintWriter out;
    private final boolean keepGoing;
    private final BufferedReader instructor;

    private ScriptReplay(Builder builder) {
        this.session = builder.session;
        this.out = builder.out;
        this.keepGoing = builder.keepGoing;
        this.instructor = builder.instructor;
    }

    public static Builder builder(Session session, PrintWriter out) {
        return new Builder(session, out);
    }

    /** How a replay ended: how many snippets ran, where they failed, whether the instructor quit. */
    public record Outcome(int ran, List<String> failures, boolean quit) {

        public boolean succeeded() {
            return failures.isEmpty();
        }
    }

    /**
     * Replays a lab script, or the Java cells of a notebook ({@code .md} or {@code .ipynb}): its
     * {@code file=} blocks are written into the session's working folder first, cells marked
     * {@code only=} for other targets are passed over, and shell cells are shown, not run.
     */
    public Outcome replay(Path file) throws IOException {
        if (!isNotebook(file)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return replay(session.split(text).stream()
                    .map(snippet -> (Step) new Step.Code(file, false, snippet.line(), snippet)).toList());
        }
        Notebook notebook = NotebookReader.read(file);
        List<Step> steps = new ArrayList<>();
        boolean jupyter = Notebook.isJupyter(file);
        for (Cell cell : notebook.cells()) {
            String where = jupyter ? file + " cell " + cell.line() : file + ":" + cell.line();
            Optional<String> notHere = cell.options().whyNotHere(session.target());
            if (notHere.isPresent()) {
                steps.add(new Step.Note("(" + where + " " + notHere.get() + ")"));
            } else if (cell instanceof Cell.File written) {
                Files.writeString(session.context().resolve(written.name()), written.content(), StandardCharsets.UTF_8);
            } else if (cell instanceof Cell.Shell shell) {
                steps.add(new Step.Note("(" + where + " is a shell cell, for a terminal; labrepl verify runs it:)\n"
                        + shell.script().stripTrailing().indent(4).stripTrailing()));
            } else {
                Cell.Java java = (Cell.Java) cell;
                for (SourceSnippet snippet : session.split(java.source())) {
                    steps.add(new Step.Code(file, jupyter, jupyter ? cell.line() : cell.line() + snippet.line(),
                            snippet));
                }
            }
        }
        return replay(steps);
    }

    /** What a replay does in turn: run a snippet (known by where it is written), or say something. */
    private sealed interface Step {
        /** A snippet at a line of a script or Markdown notebook, or in a numbered cell of a Jupyter notebook. */
        record Code(Path file, boolean inCell, int number, SourceSnippet snippet) implements Step {
            String place() {
                return (inCell ? "cell " : "line ") + number;
            }

            String location() {
                return inCell ? file + " cell " + number : file + ":" + number;
            }
        }

        record Note(String text) implements Step {
        }
    }

    private Outcome replay(List<Step> steps) throws IOException {
        long total = steps.stream().filter(step -> step instanceof Step.Code).count();
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (Step step : steps) {
            if (step instanceof Step.Note note) {
                out.println(note.text());
                out.flush();
                continue;
            }
            Step.Code code = (Step.Code) step;
            SourceSnippet snippet = code.snippet();
            String label = "[" + (ran + 1) + "/" + total + "] ";
            if (instructor != null && !pauseBefore(label + code.place(), snippet)) {
                return new Outcome(ran, failures, true);
            }
            out.println(label + snippet.firstLine());
            out.flush();
            SnippetResult result = session.eval(snippet.source()).get(0);
            ran++;
            show(result);
            if (!result.succeeded()) {
                String failure = code.location() + ": " + ResultText.lines(result).get(0);
                failures.add(failure);
                out.println(failure);
                out.flush();
                if (!keepGoing) {
                    break;
                }
            }
        }
        return new Outcome(ran, failures, false);
    }

    /** A Markdown or Jupyter notebook, whose Java cells are replayed; anything else is a lab script. */
    public static boolean isNotebook(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".ipynb");
    }

    /**
     * Shows the next snippet whole and waits. Enter runs it; anything else typed is run first
     * (the instructor's aside), then the pause repeats. False when the instructor quits.
     */
    private boolean pauseBefore(String next, SourceSnippet snippet) throws IOException {
        while (true) {
            out.println();
            out.println("next " + next + ":");
            snippet.source().strip().lines().forEach(line -> out.println("    " + line));
            out.print("Enter runs it; or type Java to try first; q quits > ");
            out.flush();
            String typed = instructor.readLine();
            if (typed == null || typed.strip().equals("q")) {
                return false;
            }
            if (typed.isBlank()) {
                return true;
            }
            StringBuilder aside = new StringBuilder(typed);
            while (!session.isComplete(aside.toString())) {
                out.print("   ...> ");
                out.flush();
                String more = instructor.readLine();
                if (more == null) {
                    return false;
                }
                aside.append('\n').append(more);
            }
            session.eval(aside.toString()).forEach(this::show);
        }
    }

    private void show(SnippetResult result) {
        out.print(result.output());
        ResultText.lines(result).forEach(out::println);
        out.flush();
    }

    /** Options for a replay. */
    public static final class Builder {
        private final Session session;
        private final PrintWriter out;
        private boolean keepGoing;
        private BufferedReader instructor;

        private Builder(Session session, PrintWriter out) {
            this.session = session;
            this.out = out;
        }

        /** Go on after a failing snippet (the exit status still says it failed). */
        public Builder keepGoing(boolean keepGoing) {
            this.keepGoing = keepGoing;
            return this;
        }

        /** Step mode: pause before each snippet and read the instructor's input from {@code in}. */
        public Builder step(BufferedReader in) {
            this.instructor = in;
            return this;
        }

        public ScriptReplay build() {
            return new ScriptReplay(this);
        }
    }
}
