package labrepl.repl;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import labrepl.repl.engine.SessionExecutionControl;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * A value as the REPL shows it after {@code ==>}: JShell's own text for ordinary values, a
 * one-line summary for SDK objects (top-level members, lists counted), and never more than
 * {@value #WIDTH} characters; what is cut says how to see the rest.
 */
final class ValueText {

    static final int WIDTH = 120;
    private static final int SHORT_LIST = 60;

    private ValueText() {
    }

    static String of(Object value, String variableName) {
        boolean sdk = value instanceof SdkPojo;
        String full = sdk ? summary((SdkPojo) value, 0) : SessionExecutionControl.jshellText(value);
        boolean summarized = sdk && !full.equals(String.valueOf(value));
        if (full.length() <= WIDTH && !summarized) {
            return full;
        }
        String shown = full.length() <= WIDTH ? full : full.substring(0, WIDTH - 1) + "…";
        if (variableName == null) {
            return shown;
        }
        boolean structured = sdk || value instanceof Map || value instanceof Collection;
        return shown + (structured ? "   (pretty(" + variableName + ") shows all of it)"
                : "   (" + full.length() + " characters; System.out.println(" + variableName + ") shows all of it)");
    }

    private static String summary(SdkPojo pojo, int depth) {
        String name = pojo.getClass().getSimpleName();
        if (depth > 1) {
            return name + "(…)";
        }
        return pojo.sdkFields().stream()
                .filter(field -> present(field.getValueOrDefault(pojo)))
                .map(field -> field.memberName() + "=" + brief(fieldValue(field, pojo), depth + 1))
                .collect(Collectors.joining(", ", name + "(", ")"));
    }

    private static Object fieldValue(SdkField<?> field, SdkPojo pojo) {
        return field.getValueOrDefault(pojo);
    }

    private static boolean present(Object member) {
        return member != null && !(member instanceof SdkAutoConstructList) && !(member instanceof SdkAutoConstructMap);
    }

    private static String brief(Object value, int depth) {
        if (value instanceof SdkPojo) {
            return summary((SdkPojo) value, depth);
        }
        if (value instanceof Collection) {
            Collection<?> elements = (Collection<?>) value;
            if (elements.stream().allMatch(ValueText::scalar)) {
                String listed = elements.toString();
                if (listed.length() <= SHORT_LIST) {
                    return listed;
                }
            }
            return "[" + count(elements.size(), "item") + "]";
        }
        if (value instanceof Map) {
            return "{" + count(((Map<?, ?>) value).size(), "entry") + "}";
        }
        if (value instanceof SdkBytes) {
            return "SdkBytes(" + count(((SdkBytes) value).asByteArrayUnsafe().length, "byte") + ")";
        }
        return String.valueOf(value);
    }

    private static boolean scalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Instant;
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
