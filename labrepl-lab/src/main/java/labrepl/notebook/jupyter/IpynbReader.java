package labrepl.notebook.jupyter;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Jupyter notebook read as the Markdown notebook it stands for: code cells become Java cells
 * with their outputs as the expected output, Markdown cells stay as they are. A notebook that
 * LabREPL wrote comes back byte for byte; one from elsewhere (run in IJava, say) is read the
 * same way, so its recorded outputs become what {@code verify} expects.
 */
public final class IpynbReader {

    /**
     * The notebook as Markdown, and where each of its cells starts in that text.
     *
     * @param cellLines the 1-based line of the Markdown where each Jupyter cell begins, in cell order
     */
    public record Converted(String markdown, List<Integer> cellLines) {

        /** The 1-based number of the Jupyter cell that the Markdown's {@code line} belongs to. */
        public int cellAt(int line) {
            int cell = 0;
            while (cell + 1 < cellLines.size() && cellLines.get(cell + 1) <= line) {
                cell++;
            }
            return cell + 1;
        }
    }

    private IpynbReader() {
    }

    /** @throws IllegalArgumentException saying what is wrong when the text is not a Java notebook */
    public static Converted read(String json) {
        JsonObject notebook;
        try {
            notebook = IpynbJson.parse(json);
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("not a Jupyter notebook: the file is not a JSON object");
        }
        if (!notebook.has("cells") || !notebook.has("nbformat") || notebook.get("nbformat").getAsInt() != 4) {
            throw new IllegalArgumentException("not a Jupyter notebook of format 4 (nbformat 4 with cells)");
        }
        checkLanguage(notebook);
        StringBuilder markdown = new StringBuilder();
        List<Integer> cellLines = new ArrayList<>();
        for (JsonElement element : notebook.getAsJsonArray("cells")) {
            if (markdown.length() > 0) {
                markdown.append('\n');
            }
            cellLines.add((int) markdown.chars().filter(c -> c == '\n').count() + 1);
            JsonObject cell = element.getAsJsonObject();
            if (cell.get("cell_type").getAsString().equals("code")) {
                appendCode(markdown, cell);
            } else {
                markdown.append(withFinalNewline(IpynbJson.text(cell.get("source"))));
            }
        }
        return new Converted(markdown.toString(), cellLines);
    }

    private static void checkLanguage(JsonObject notebook) {
        JsonObject metadata = notebook.has("metadata") ? notebook.getAsJsonObject("metadata") : new JsonObject();
        JsonObject kernel = metadata.has("kernelspec") ? metadata.getAsJsonObject("kernelspec") : new JsonObject();
        String language = kernel.has("language") ? kernel.get("language").getAsString().toLowerCase(Locale.ROOT)
                : "java";
        if (!language.equals("java")) {
            throw new IllegalArgumentException("this notebook's kernel runs " + language + "; LabREPL runs Java"
                    + " notebooks (kernelspec language java, as IJava and JJava write)");
        }
    }

    private static void appendCode(StringBuilder markdown, JsonObject cell) {
        JsonObject labrepl = cell.has("metadata") && cell.getAsJsonObject("metadata").has(IpynbWriter.METADATA)
                ? cell.getAsJsonObject("metadata").getAsJsonObject(IpynbWriter.METADATA) : new JsonObject();
        String source = IpynbJson.text(cell.get("source"));
        String fence = labrepl.has("fence") ? labrepl.get("fence").getAsString() : fenceFor(source);
        String options = labrepl.has("options") ? " " + labrepl.get("options").getAsString() : "";
        markdown.append(fence).append("java").append(options).append('\n');
        if (!source.isEmpty()) {
            markdown.append(withFinalNewline(source));
        }
        markdown.append(fence).append('\n');
        String expected = cell.has("outputs") ? CellOutputs.text(cell.getAsJsonArray("outputs")) : "";
        if (!expected.isEmpty() || labrepl.has("empty_output")) {
            markdown.append(fence).append("output\n").append(expected).append(fence).append('\n');
        }
    }

    /** Three backticks, or more than the longest run of them the code starts a line with. */
    private static String fenceFor(String source) {
        int longest = source.lines().map(String::strip).mapToInt(line -> {
            int run = 0;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            return run;
        }).max().orElse(0);
        return longest < IpynbWriter.FENCE.length() ? IpynbWriter.FENCE : "`".repeat(longest + 1);
    }

    private static String withFinalNewline(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }
}
