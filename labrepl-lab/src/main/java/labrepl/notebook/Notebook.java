package labrepl.notebook;

import java.nio.file.Path;
import java.util.List;

/** A Markdown notebook as read: its file, its exact text, and the cells in order. */
public record Notebook(Path path, String text, List<Cell> cells) {

    public Notebook {
        cells = List.copyOf(cells);
    }

    /** The file name, for reports: {@code lab1-task2.md}. */
    public String name() {
        return path.getFileName().toString();
    }
}
