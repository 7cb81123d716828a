package labrepl.repl;

/** One snippet of a script, and the 1-based line of the script where its code starts. */
public record SourceSnippet(String source, int line) {

    /** The snippet's first line of code, for an echo such as {@code [3/12] var resp = …}. */
    public String firstLine() {
        String code = source.substring(SourceSplitter.codeStart(source)).strip();
        int end = code.indexOf('\n');
        return end < 0 ? code : code.substring(0, end).stripTrailing() + " …";
    }
}
