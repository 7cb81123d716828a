package labrepl.notebook;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.notebook.jupyter.IpynbReader;
import labrepl.notebook.jupyter.IpynbWriter;

/**
 * {@code verify --update} on a Jupyter notebook: a Java cell gets new outputs; a shell cell, which
 * is a Markdown cell there, gets its output block rewritten in its text, as in a Markdown notebook.
 */
final class IpynbUpdate {

    private IpynbUpdate() {
    }

    /** @param outputs the new output of each stale cell, the cells numbered as the notebook's cells */
    static String withOutputs(Path path, String json, Map<Cell, String> outputs) {
        IpynbReader.Converted converted = NotebookReader.jupyterAsMarkdown(json);
        List<String> lines = converted.markdown().lines().toList();
        Map<Integer, String> code = new LinkedHashMap<>();
        Map<Integer, String> markdown = new LinkedHashMap<>();
        outputs.forEach((cell, text) -> {
            int number = cell.line();
            if (cell instanceof Cell.Java) {
                code.put(number, text);
                return;
            }
            int from = converted.cellLines().get(number - 1) - 1;
            int to = number < converted.cellLines().size() ? converted.cellLines().get(number) - 2 : lines.size();
            Notebook alone = NotebookReader.parse(path, String.join("\n", lines.subList(from, to)) + "\n");
            ExpectedOutput block = ((Cell.Shell) alone.cells().get(0)).expected().orElseThrow();
            markdown.put(number, NotebookWriter.withOutputs(alone, Map.of(block, text)));
        });
        return IpynbWriter.withChanges(json, code, markdown);
    }
}
