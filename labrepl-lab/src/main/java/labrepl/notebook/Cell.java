package labrepl.notebook;

import java.util.Optional;

/**
 * One fenced block of a notebook that does something: a Java cell, a file to write, or an
 * AWS CLI step. Prose and other blocks are shown and never run, so they are not cells.
 * {@code line} is the 1-based line of the opening fence; in a Jupyter notebook, the 1-based
 * number of the cell.
 */
public sealed interface Cell {

    int line();

    CellOptions options();

    /** JShell snippets, and the output block that follows them, if any. */
    record Java(int line, String source, CellOptions options, Optional<ExpectedOutput> expected) implements Cell {
    }

    /**
     * {@code ```json file=NAME}, or any language with {@code file=} (a function's {@code java} or
     * {@code python} source): written into the working folder before the next cell runs.
     */
    record File(int line, String name, String content, CellOptions options) implements Cell {
    }

    /** {@code ```shell}: commands for a shell with the target's endpoint and credentials. */
    record Shell(int line, String script, CellOptions options, Optional<ExpectedOutput> expected) implements Cell {
    }
}
