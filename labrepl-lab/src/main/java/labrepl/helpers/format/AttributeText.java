package labrepl.helpers.format;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute value as a person reads it in a table cell: the string or the number itself,
 * {@code true}/{@code false}, {@code NULL}, base64 for binary, brackets for lists and sets,
 * braces for maps.
 */
public final class AttributeText {

    private AttributeText() {
    }

    public static String of(AttributeValue value) {
        switch (value.type()) {
            case S:
                return value.s();
            case N:
                return value.n();
            case BOOL:
                return value.bool().toString();
            case NUL:
                return "NULL";
            case B:
                return base64(value.b());
            case SS:
                return list(value.ss());
            case NS:
                return list(value.ns());
            case BS:
                return value.bs().stream().map(AttributeText::base64).collect(Collectors.joining(", ", "[", "]"));
            case L:
                return value.l().stream().map(AttributeText::of).collect(Collectors.joining(", ", "[", "]"));
            case M:
                return map(value.m());
            default:
                return String.valueOf(value);
        }
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    private static String map(Map<String, AttributeValue> attributes) {
        return attributes.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + of(entry.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
    }
}
