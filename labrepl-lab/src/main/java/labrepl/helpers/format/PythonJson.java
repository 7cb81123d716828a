package labrepl.helpers.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON values the way Python's {@code json.dumps(value, indent=4, ensure_ascii=False)} does,
 * which is what the AWS CLI prints and what the lab's boto3 step prints.
 */
final class PythonJson {

    /** How a timestamp is written: the CLI's ISO 8601, or Python's {@code str(datetime)} (boto3 with {@code default=str}). */
    enum Timestamps {
        ISO("yyyy-MM-dd'T'HH:mm:ss"),
        PYTHON_STR("yyyy-MM-dd HH:mm:ss");

        private final DateTimeFormatter seconds;

        Timestamps(String pattern) {
            this.seconds = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
        }

        /** Python prints microseconds only when there are some, and the UTC offset as {@code +00:00}. */
        String format(Instant instant) {
            int micros = instant.getNano() / 1000;
            return seconds.format(instant) + (micros == 0 ? "" : String.format(".%06d", micros)) + "+00:00";
        }
    }

    private static final String INDENT = "    ";

    private final Timestamps timestamps;
    private final StringBuilder out = new StringBuilder();

    private PythonJson(Timestamps timestamps) {
        this.timestamps = timestamps;
    }

    static String write(Object value, Timestamps timestamps) {
        PythonJson json = new PythonJson(timestamps);
        json.value(value, 0);
        return json.out.toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            string((String) value);
        } else if (value instanceof Boolean) {
            out.append((boolean) value ? "true" : "false");
        } else if (value instanceof Double || value instanceof Float) {
            out.append(pythonFloat(((Number) value).doubleValue()));
        } else if (value instanceof BigDecimal) {
            out.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Instant) {
            string(timestamps.format((Instant) value));
        } else if (value instanceof Map) {
            object((Map<?, ?>) value, depth);
        } else if (value instanceof List) {
            array((List<?>) value, depth);
        } else {
            string(value.toString());
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(separator);
            indent(depth + 1);
            string(String.valueOf(entry.getKey()));
            out.append(": ");
            value(entry.getValue(), depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (Object element : list) {
            out.append(separator);
            indent(depth + 1);
            value(element, depth + 1);
            separator = ",\n";
        }
        out.append('\n');
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        out.append(INDENT.repeat(depth));
    }

    /** Python escapes quotes, backslashes and control characters, and leaves everything else as is. */
    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    /** Python's repr of a float: {@code 1.0}, {@code 0.0001}, {@code 12345678.0}, {@code 1e+16}. */
    static String pythonFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        double magnitude = Math.abs(value);
        if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16)) {
            String plain = magnitude == 0 ? Double.toString(value)
                    : new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String java = Double.toString(value);
        int exponent = java.indexOf('E');
        String mantissa = java.substring(0, exponent);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        int power = Integer.parseInt(java.substring(exponent + 1));
        return mantissa + "e" + (power < 0 ? "-" : "+") + String.format("%02d", Math.abs(power));
    }
}
