package labrepl.notebook;

import java.util.ArrayList;
import java.util.List;
import labrepl.repl.SnippetResult;

/**
 * A REPL session written as a notebook ({@code /save-notebook}): each cell the learner ran,
 * followed by what it showed as an output block, so {@code labrepl verify} replays and checks
 * it. A cell that ended with an exception is marked {@code throws=}; one that did not compile,
 * was stopped or called {@code System.exit} did nothing worth replaying and is left out.
 */
public final class SessionNotebook {

    /** One cell as the learner ran it, with its results. */
    public record Entry(String source, List<SnippetResult> results) {
    }

    private SessionNotebook() {
    }

    public static String write(String title, List<Entry> entries) {
        StringBuilder text = new StringBuilder("# ").append(title).append("\n\n")
                .append("Written by LabREPL's /save-notebook; `labrepl verify` replays it.\n");
        for (Entry entry : entries) {
            if (!replayable(entry.results())) {
                continue;
            }
            CellOutput output = CellOutput.ofSnippets(entry.results());
            text.append("\n```java").append(output.thrown().map(type -> " throws=" + type).orElse("")).append('\n')
                    .append(entry.source().strip()).append("\n```\n");
            if (!output.text().isBlank()) {
                text.append("```output\n").append(output.text().stripTrailing()).append("\n```\n");
            }
        }
        return text.toString();
    }

    private static boolean replayable(List<SnippetResult> results) {
        List<SnippetResult.Status> dead = new ArrayList<>(List.of(SnippetResult.Status.COMPILE_ERROR,
                SnippetResult.Status.STOPPED, SnippetResult.Status.EXITED));
        return !results.isEmpty() && results.stream().noneMatch(r -> dead.contains(r.status()));
    }
}
