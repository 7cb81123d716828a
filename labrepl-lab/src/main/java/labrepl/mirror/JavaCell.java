package labrepl.mirror;

import java.util.List;

/**
 * The Java for a command line, ready to run as a cell, and what the learner should know about it.
 *
 * @param source the cell's snippets, the call last
 * @param notes  one line each: options the Java leaves out and why
 */
public record JavaCell(String source, List<String> notes) {

    public JavaCell {
        notes = List.copyOf(notes);
    }
}
