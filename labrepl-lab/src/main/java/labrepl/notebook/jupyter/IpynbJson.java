package labrepl.notebook.jupyter;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON as Jupyter writes a notebook file: keys sorted, one space per level, text unescaped, a
 * final newline, and multi-line text as a list of lines that keep their line ends. Written this
 * way, a notebook saved again by Jupyter shows no change but the ones made there.
 */
final class IpynbJson {

    private IpynbJson() {
    }

    static String write(JsonObject notebook) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setIndent(" ");
            writer.setHtmlSafe(false);
            write(writer, notebook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void write(JsonWriter writer, JsonElement element) throws IOException {
        if (element.isJsonObject()) {
            writer.beginObject();
            Map<String, JsonElement> sorted = new TreeMap<>(element.getAsJsonObject().asMap());
            for (Map.Entry<String, JsonElement> member : sorted.entrySet()) {
                writer.name(member.getKey());
                write(writer, member.getValue());
            }
            writer.endObject();
        } else if (element.isJsonArray()) {
            writer.beginArray();
            for (JsonElement item : element.getAsJsonArray()) {
                write(writer, item);
            }
            writer.endArray();
        } else if (element.isJsonNull()) {
            writer.nullValue();
        } else if (element.getAsJsonPrimitive().isString()) {
            writer.value(element.getAsString());
        } else if (element.getAsJsonPrimitive().isBoolean()) {
            writer.value(element.getAsBoolean());
        } else {
            writer.value(element.getAsNumber());
        }
    }

    static JsonObject parse(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** Text as Jupyter keeps it: one string per line, each with its newline but the last. */
    static JsonArray lines(String text) {
        JsonArray lines = new JsonArray();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, next));
            start = next;
        }
        return lines;
    }

    /** Multi-line text from a notebook: a list of lines, or (as nbformat also allows) one string. */
    static String text(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "";
        }
        if (element.isJsonPrimitive()) {
            return element.getAsString();
        }
        List<String> parts = new ArrayList<>();
        element.getAsJsonArray().forEach(line -> parts.add(line.getAsString()));
        return String.join("", parts);
    }
}
