package labrepl.notebook.jupyter;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * A Markdown notebook as a Jupyter notebook (nbformat 4.5) for the Java kernels people use
 * (IJava, JJava): prose as Markdown cells; each Java cell as a code cell whose outputs are its
 * expected output; shell cells and {@code file=} blocks as Markdown cells showing the block,
 * marked in their metadata so LabREPL runs them. What Jupyter has no place for (a cell's
 * options, a fence longer than three backticks) is kept in the cell's {@code labrepl} metadata.
 *
 * <pre>{@code
 * String ipynb = IpynbWriter.write(Files.readString(Path.of("notebooks/lab1-task2-dynamodb.md")));
 * }</pre>
 */
public final class IpynbWriter {

    static final String METADATA = "labrepl";
    static final String FENCE = "```";

    private IpynbWriter() {
    }

    public static String write(String markdown) {
        JsonArray cells = new JsonArray();
        for (MarkdownSegments.Segment segment : MarkdownSegments.of(markdown)) {
            String id = "cell-" + (cells.size() + 1);
            cells.add(switch (segment.kind()) {
                case JAVA -> codeCell(id, segment);
                case PROSE -> markdownCell(id, segment.markdown(), null);
                case SHELL -> markdownCell(id, segment.markdown(), "shell");
                case FILE -> markdownCell(id, segment.markdown(), "file");
            });
        }
        JsonObject notebook = new JsonObject();
        notebook.add("cells", cells);
        notebook.add("metadata", javaKernel());
        notebook.addProperty("nbformat", 4);
        notebook.addProperty("nbformat_minor", 5);
        return IpynbJson.write(notebook);
    }

    /**
     * A notebook's text with some cells changed ({@code verify --update}); every other cell, and
     * everything Jupyter or another tool keeps in the file, stays as it was.
     *
     * @param outputs  new expected outputs of code cells, by 1-based cell number
     * @param markdown new text of Markdown cells (a shell cell with its new output), by cell number
     */
    public static String withChanges(String ipynb, Map<Integer, String> outputs, Map<Integer, String> markdown) {
        JsonObject notebook = IpynbJson.parse(ipynb);
        JsonArray cells = notebook.getAsJsonArray("cells");
        outputs.forEach((number, text) -> {
            JsonObject cell = cells.get(number - 1).getAsJsonObject();
            JsonObject metadata = cell.has("metadata") ? cell.getAsJsonObject("metadata") : new JsonObject();
            String options = metadata.has(METADATA) && metadata.getAsJsonObject(METADATA).has("options")
                    ? metadata.getAsJsonObject(METADATA).get("options").getAsString() : "";
            cell.add("outputs", CellOutputs.of(text, IpynbJson.text(cell.get("source")),
                    FenceInfo.of("java " + options).option("throws")));
        });
        markdown.forEach((number, text) -> cells.get(number - 1).getAsJsonObject()
                .add("source", IpynbJson.lines(withoutFinalNewline(text))));
        return IpynbJson.write(notebook);
    }

    private static JsonObject markdownCell(String id, String markdown, String labreplKind) {
        JsonObject metadata = new JsonObject();
        if (labreplKind != null) {
            JsonObject labrepl = new JsonObject();
            labrepl.addProperty("cell", labreplKind);
            metadata.add(METADATA, labrepl);
        }
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", "markdown");
        cell.addProperty("id", id);
        cell.add("metadata", metadata);
        cell.add("source", IpynbJson.lines(withoutFinalNewline(markdown)));
        return cell;
    }

    private static JsonObject codeCell(String id, MarkdownSegments.Segment segment) {
        JsonObject labrepl = new JsonObject();
        if (!segment.options().isEmpty()) {
            labrepl.addProperty("options", segment.options());
        }
        if (!segment.fence().equals(FENCE)) {
            labrepl.addProperty("fence", segment.fence());
        }
        if (segment.expected().filter(String::isEmpty).isPresent()) {
            labrepl.addProperty("empty_output", true);
        }
        JsonObject metadata = new JsonObject();
        if (labrepl.size() > 0) {
            metadata.add(METADATA, labrepl);
        }
        JsonObject cell = new JsonObject();
        cell.addProperty("cell_type", "code");
        cell.addProperty("id", id);
        cell.add("execution_count", JsonNull.INSTANCE);
        cell.add("metadata", metadata);
        cell.add("outputs", segment.expected()
                .map(expected -> CellOutputs.of(expected, segment.source(),
                        FenceInfo.of("java " + segment.options()).option("throws")))
                .orElseGet(JsonArray::new));
        cell.add("source", IpynbJson.lines(withoutFinalNewline(segment.source())));
        return cell;
    }

    /** The kernel IJava and JJava install (name {@code java}) and the language they report. */
    private static JsonObject javaKernel() {
        JsonObject kernel = new JsonObject();
        kernel.addProperty("display_name", "Java");
        kernel.addProperty("language", "java");
        kernel.addProperty("name", "java");
        JsonObject language = new JsonObject();
        language.addProperty("codemirror_mode", "java");
        language.addProperty("file_extension", ".jshell");
        language.addProperty("mimetype", "text/x-java-source");
        language.addProperty("name", "Java");
        language.addProperty("pygments_lexer", "java");
        JsonObject metadata = new JsonObject();
        metadata.add("kernelspec", kernel);
        metadata.add("language_info", language);
        return metadata;
    }

    private static String withoutFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
