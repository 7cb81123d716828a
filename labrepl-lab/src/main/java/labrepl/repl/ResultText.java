package labrepl.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet's result as text, the way the REPL prints it after the snippet's own output:
 * {@code x ==> 72}, {@code created method twice(int)}, a compile error with a marker under the
 * faulty code, an exception in one or two lines. Shared by the console and script replays.
 */
public final class ResultText {

    private ResultText() {
    }

    /** The lines to print, without the snippet's output (which was printed as it came). */
    public static List<String> lines(SnippetResult result) {
        List<String> lines = new ArrayList<>(result.notes());
        switch (result.status()) {
            case OK:
                if (result.value() != null) {
                    lines.add(result.variableName() == null ? result.value()
                            : result.variableName() + " ==> " + result.value());
                }
                break;
            case COMPILE_ERROR:
                for (CompileError error : result.errors()) {
                    lines.add("Error: " + error.message());
                    lines.addAll(List.of(error.pointer().split("\n", -1)));
                }
                break;
            case EXCEPTION:
                lines.addAll(List.of(result.failure().summary().split("\n")));
                break;
            case EXITED:
                lines.add(result.failure().message());
                break;
            case STOPPED:
                lines.add("Stopped.");
                break;
            default:
                throw new IllegalStateException("Unknown status " + result.status());
        }
        return lines;
    }
}
