package labrepl.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    public Outcome replay(Path script) throws IOException {
        List<SourceSnippet> snippets = session.split(Files.readString(script, StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (int i = 0; i < snippets.size(); i++) {
            SourceSnippet snippet = snippets.get(i);
            String label = "[" + (i + 1) + "/" + snippets.size() + "] ";
            if (instructor != null && !pauseBefore(label, snippet)) {
                return new Outcome(ran, failures, true);
            }
            out.println(label + snippet.firstLine());
            out.flush();
            SnippetResult result = session.eval(snippet.source()).get(0);
            ran++;
            show(result);
            if (!result.succeeded()) {
                String failure = script + ":" + snippet.line() + ": " + ResultText.lines(result).get(0);
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

    /**
     * Shows the next snippet whole and waits. Enter runs it; anything else typed is run first
     * (the instructor's aside), then the pause repeats. False when the instructor quits.
     */
    private boolean pauseBefore(String label, SourceSnippet snippet) throws IOException {
        while (true) {
            out.println();
            out.println("next " + label + "line " + snippet.line() + ":");
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
