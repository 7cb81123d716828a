package labrepl.helpers.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as a text grid, like the DynamoDB console's "Items returned" panel: one row per item, one
 * column per attribute, an empty cell where an item lacks the attribute.
 */
public final class ItemTable {

    private ItemTable() {
    }

    /** Rows of readable values, one list per item; a missing attribute is {@code null}. */
    public static List<List<String>> rows(List<Map<String, AttributeValue>> items, List<String> attributes) {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            List<String> row = new ArrayList<>();
            for (String attribute : attributes) {
                AttributeValue value = item.get(attribute);
                row.add(value == null ? null : AttributeText.of(value));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Every attribute name that occurs, in sorted order (the console also sorts its columns). */
    public static List<String> allAttributes(List<Map<String, AttributeValue>> items) {
        Set<String> names = new TreeSet<>();
        items.forEach(item -> names.addAll(item.keySet()));
        return new ArrayList<>(names);
    }

    public static String render(List<Map<String, AttributeValue>> items, List<String> columns) {
        List<String> header = new ArrayList<>(new LinkedHashSet<>(columns));
        List<List<String>> rows = rows(items, header);
        int[] widths = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], cell(row.get(c)).length());
            }
        }
        StringBuilder out = new StringBuilder("Items returned (" + items.size() + ")\n");
        if (header.isEmpty()) {
            return out.toString();
        }
        String rule = rule(widths);
        out.append(rule).append(line(header, widths)).append(rule);
        for (List<String> row : rows) {
            out.append(line(row, widths));
        }
        return out.append(rule).toString();
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder("+");
        for (int width : widths) {
            rule.append("-".repeat(width + 2)).append('+');
        }
        return rule.append('\n').toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < widths.length; c++) {
            String text = cell(cells.get(c));
            line.append(' ').append(text).append(" ".repeat(widths[c] - text.length())).append(" |");
        }
        return line.append('\n').toString();
    }

    /** Newlines would break the grid; a table cell shows them as a visible escape. */
    private static String cell(String value) {
        return value == null ? "" : value.replace("\n", "\\n").replace("\r", "\\r").replace("\t", " ");
    }
}
