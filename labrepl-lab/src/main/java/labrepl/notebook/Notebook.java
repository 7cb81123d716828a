package labrepl.notebook;

import java.nio.file.Path;
import java.util.List;

/**
 * A notebook as read: its file, its exact text (for a Jupyter notebook, the Markdown it stands
 * for), and the cells in order.
 */
public record Notebook(Path path, String text, List<Cell> cells) {

    public Notebook {
        cells = List.copyOf(cells);
    }

    /** Whether the file is a Jupyter notebook ({@code .ipynb}), whose cells are numbered rather than lined. */
    public static boolean isJupyter(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".ipynb");
    }

    /** The file name, for reports: {@code lab1-task2.md}. */
    public String name() {
        return path.getFileName().toString();
    }
}
