package labrepl.notebook.jupyter;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * A Java cell's expected output as Jupyter outputs, the way a Java kernel shows a run: what the
 * cell printed as a {@code stream}, the value of a cell that ends in an expression as its
 * {@code execute_result} (one line: the REPL shows values on one line), and the exception of a
 * {@code throws=} cell as an {@code error}. Read back, the outputs give the same text.
 */
final class CellOutputs {

    private CellOutputs() {
    }

    /**
     * @param expected the output block's text, whole lines
     * @param thrown   the cell's {@code throws=} exception, if it has one
     */
    static JsonArray of(String expected, String source, Optional<String> thrown) {
        List<String> lines = expected.lines().toList();
        JsonArray outputs = new JsonArray();
        if (thrown.isPresent()) {
            int at = indexOfException(lines, thrown.get());
            if (at >= 0) {
                addStream(outputs, lines.subList(0, at));
                outputs.add(error(thrown.get(), lines.subList(at, lines.size())));
                return outputs;
            }
        } else if (endsInExpression(source) && !lines.isEmpty() && !lines.get(lines.size() - 1).equals("...")) {
            addStream(outputs, lines.subList(0, lines.size() - 1));
            outputs.add(result(lines.get(lines.size() - 1)));
            return outputs;
        }
        addStream(outputs, lines);
        return outputs;
    }

    /**
     * The text the outputs show, in order: what an output block holds. Streams run on as a notebook
     * shows them; a result or an error starts on a line of its own; rich outputs count by their
     * plain text.
     */
    static String text(JsonArray outputs) {
        StringBuilder text = new StringBuilder();
        for (JsonElement element : outputs) {
            JsonObject output = element.getAsJsonObject();
            String type = output.get("output_type").getAsString();
            String part = switch (type) {
                case "stream" -> IpynbJson.text(output.get("text"));
                case "error" -> String.join("\n", output.getAsJsonArray("traceback").asList().stream()
                        .map(JsonElement::getAsString).toList());
                default -> output.has("data") ? IpynbJson.text(output.getAsJsonObject("data").get("text/plain")) : "";
            };
            if (!type.equals("stream")) {
                endLine(text);
            }
            text.append(part);
        }
        endLine(text);
        return text.toString();
    }

    private static void endLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static int indexOfException(List<String> lines, String type) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(type) || lines.get(i).startsWith(type + ": ")) {
                return i;
            }
        }
        return -1;
    }

    /** A cell ends in an expression when its last line of code is not a statement, a block or a comment. */
    static boolean endsInExpression(String source) {
        List<String> code = source.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (code.isEmpty()) {
            return false;
        }
        String last = code.get(code.size() - 1);
        return !(last.endsWith(";") || last.endsWith("}") || last.endsWith("{") || last.startsWith("//")
                || last.endsWith("*/"));
    }

    private static void addStream(JsonArray outputs, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        JsonObject stream = new JsonObject();
        stream.addProperty("output_type", "stream");
        stream.addProperty("name", "stdout");
        stream.add("text", IpynbJson.lines(String.join("\n", lines) + "\n"));
        outputs.add(stream);
    }

    private static JsonObject result(String value) {
        JsonObject data = new JsonObject();
        data.add("text/plain", IpynbJson.lines(value));
        JsonObject result = new JsonObject();
        result.addProperty("output_type", "execute_result");
        result.add("execution_count", JsonNull.INSTANCE);
        result.add("data", data);
        result.add("metadata", new JsonObject());
        return result;
    }

    private static JsonObject error(String type, List<String> lines) {
        String first = lines.get(0);
        JsonObject error = new JsonObject();
        error.addProperty("output_type", "error");
        error.addProperty("ename", type);
        error.addProperty("evalue", first.length() > type.length() + 2 ? first.substring(type.length() + 2) : "");
        JsonArray traceback = new JsonArray();
        lines.forEach(traceback::add);
        error.add("traceback", traceback);
        return error;
    }
}
