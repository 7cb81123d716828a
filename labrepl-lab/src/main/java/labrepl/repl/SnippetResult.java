package labrepl.repl;

import java.util.List;
import java.util.Optional;

/**
 * What one snippet did: what it printed, its value, and how it ended. A cell of several snippets
 * gives one result each, in order.
 *
 * @param source       the snippet as evaluated
 * @param status       how it ended
 * @param output       everything it printed (stdout and stderr, in order), secrets masked
 * @param variableName the variable that holds its value ({@code x}, or {@code $3} for an expression), if any
 * @param value        its value as the REPL shows it, if it has one
 * @param notes        confirmations and warnings, e.g. {@code created method twice(int)}
 * @param errors       compile errors, when {@code status} is {@link Status#COMPILE_ERROR}
 * @param failure      the exception, when {@code status} is {@link Status#EXCEPTION} or {@link Status#EXITED}
 */
public record SnippetResult(String source, Status status, String output, String variableName, String value,
                            List<String> notes, List<CompileError> errors, Failure failure) {

    /** How a snippet ended. */
    public enum Status {
        /** Compiled and ran (or was declared) without a problem. */
        OK,
        /** Did not compile; see {@link #errors()}. */
        COMPILE_ERROR,
        /** Threw; see {@link #failure()}. */
        EXCEPTION,
        /** Stopped by Ctrl-C ({@link Session#stop()}). */
        STOPPED,
        /** Called {@code System.exit}, which ended the cell and nothing else. */
        EXITED
    }

    public SnippetResult {
        notes = List.copyOf(notes);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return status == Status.OK;
    }

    public Optional<String> valueText() {
        return Optional.ofNullable(value);
    }

    public Optional<Failure> failureInfo() {
        return Optional.ofNullable(failure);
    }
}
