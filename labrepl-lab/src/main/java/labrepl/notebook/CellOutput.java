package labrepl.notebook;

import java.util.List;
import java.util.Optional;
import labrepl.repl.ResultText;
import labrepl.repl.SnippetResult;

/**
 * What a cell shows as its output, and whether it failed. For a Java cell: everything its
 * snippets printed, the value of its last snippet when that is an expression, and how it
 * failed when it did, in the words the REPL uses; it stops at its first failing snippet.
 *
 * @param thrown the simple name of the exception that ended the cell, if one did
 */
record CellOutput(String text, boolean failed, Optional<String> thrown) {

    static CellOutput ofSnippets(List<SnippetResult> results) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < results.size(); i++) {
            SnippetResult result = results.get(i);
            append(text, result.output());
            if (!result.succeeded()) {
                append(text, String.join("\n", ResultText.lines(result)));
                return new CellOutput(text.toString(), true,
                        result.failureInfo().filter(f -> result.status() == SnippetResult.Status.EXCEPTION)
                                .map(f -> f.type()));
            }
            boolean last = i == results.size() - 1;
            if (last && isExpression(result)) {
                result.valueText().ifPresent(value -> append(text, value));
            }
        }
        return new CellOutput(text.toString(), false, Optional.empty());
    }

    /**
     * An expression's value lives in a temporary variable ({@code $3}), or is the variable it
     * names ({@code lists}); a declaration's value is not shown.
     */
    private static boolean isExpression(SnippetResult result) {
        String name = result.variableName();
        String code = result.source().strip();
        return name != null && (name.startsWith("$") || code.equals(name) || code.equals(name + ";"));
    }

    /** Appends {@code part} as whole lines. */
    static void append(StringBuilder text, String part) {
        if (part == null || part.isEmpty()) {
            return;
        }
        text.append(part);
        if (!part.endsWith("\n")) {
            text.append('\n');
        }
    }
}
