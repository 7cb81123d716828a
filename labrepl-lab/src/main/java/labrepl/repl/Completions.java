package labrepl.repl;

import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Completion candidates for a position in a snippet: each candidate replaces the text from
 * {@code anchor} to the cursor ({@code dynamodb.listT|} gives anchor at {@code l} and
 * {@code listTables(}).
 */
public record Completions(int anchor, List<String> candidates) {

    public Completions {
        candidates = List.copyOf(candidates);
    }

    static Completions of(SourceCodeAnalysis analysis, String source, int cursor) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(source, cursor, anchor);
        List<String> candidates = suggestions.stream()
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        return new Completions(anchor[0], candidates);
    }
}
