package labrepl.mirror;

import com.google.gson.GsonBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Writes the {@code aws} command line that makes the same call as an SDK request: each member set
 * as its option, scalars as words, flat structures in shorthand, anything deeper as JSON in single
 * quotes, booleans as {@code --flag}/{@code --no-flag}, then the target's endpoint and region.
 *
 * <pre>{@code
 * aws dynamodb create-table --table-name LabCustomers --attribute-definitions AttributeName=ID,AttributeType=S
 *     --key-schema AttributeName=ID,KeyType=HASH --billing-mode PAY_PER_REQUEST
 *     --endpoint-url http://127.0.0.1:4566 --region us-west-2
 * }</pre>
 */
final class CliCommandWriter {

    /** What stands for the body or the file of a streaming call, which the request does not carry. */
    static final String BODY_FILE = "BODY_FILE";
    static final String OUT_FILE = "OUT_FILE";

    private CliCommandWriter() {
    }

    static String write(OperationModel operation, SdkPojo request, String region, Optional<URI> endpoint) {
        List<String> words = new ArrayList<>(List.of("aws", operation.service().cliName(), operation.cliName()));
        Optional<CliCustomizations.Hoist> hoist = CliCustomizations.hoist(operation);
        for (MemberModel member : operation.request().members()) {
            Object value = member.valueIn(request);
            if (JavaSourceWriter.isAbsent(value)) {
                continue;
            }
            String option = "--" + CliCustomizations.option(operation, member.cliOption());
            if (hoist.isPresent() && hoist.get().structureMember().equals(member.cliKey()) && onlyMember(member, value, hoist.get())) {
                MemberModel inner = member.type().structure().member(hoist.get().member()).orElseThrow();
                words.add("--" + hoist.get().option());
                words.add(ShellWords.quote(scalarText(inner.type(), inner.valueIn((SdkPojo) value))));
                continue;
            }
            switch (member.kind()) {
                case BOOLEAN:
                    words.add(Boolean.TRUE.equals(value) ? option : "--no-" + option.substring(2));
                    break;
                case LIST:
                    words.add(option);
                    words.addAll(listWords(member.type(), (List<?>) value));
                    break;
                case STRUCTURE:
                case MAP:
                    words.add(option);
                    words.add(ShellWords.quote(shorthandOrJson(member.type(), value)));
                    break;
                default:
                    words.add(option);
                    words.add(ShellWords.quote(scalarText(member.type(), value)));
                    break;
            }
        }
        if (operation.streaming() == OperationModel.Streaming.UPLOAD) {
            words.add("--body");
            words.add(BODY_FILE);
        } else if (operation.streaming() == OperationModel.Streaming.DOWNLOAD) {
            words.add(OUT_FILE);
        }
        endpoint.ifPresent(url -> {
            words.add("--endpoint-url");
            words.add(url.toString());
        });
        words.add("--region");
        words.add(region);
        return String.join(" ", words);
    }

    private static boolean onlyMember(MemberModel structure, Object value, CliCustomizations.Hoist hoist) {
        ShapeModel shape = structure.type().structure();
        return shape.members().stream().filter(m -> !JavaSourceWriter.isAbsent(m.valueIn((SdkPojo) value)))
                .allMatch(m -> m.cliKey().equals(hoist.member()));
    }

    /** A list as the CLI takes it: one word per scalar or flat structure, else one JSON array. */
    private static List<String> listWords(ValueType type, List<?> values) {
        List<String> words = new ArrayList<>();
        ValueType element = type.element();
        boolean flat = values.stream().allMatch(v -> isFlat(element, v));
        if (!flat) {
            return List.of(ShellWords.quote(json(type, values)));
        }
        for (Object value : values) {
            words.add(ShellWords.quote(element.kind() == MemberModel.Kind.STRUCTURE || element.kind() == MemberModel.Kind.MAP
                    ? shorthand(element, value) : scalarText(element, value)));
        }
        return words;
    }

    private static String shorthandOrJson(ValueType type, Object value) {
        return isFlat(type, value) ? shorthand(type, value) : json(type, value);
    }

    /** Whether shorthand can say it: a structure or map of scalars whose text needs no escaping. */
    private static boolean isFlat(ValueType type, Object value) {
        switch (type.kind()) {
            case STRUCTURE:
                return members(type, value).values().stream().allMatch(CliCommandWriter::isShorthandScalar);
            case MAP:
                return !((Map<?, ?>) value).isEmpty() && members(type, value).entrySet().stream().allMatch(e -> isShorthandScalar(e.getValue())
                        && isShorthandScalar(e.getKey()));
            case LIST:
                return false;
            default:
                return isShorthandScalar(plain(type, value));
        }
    }

    private static boolean isShorthandScalar(Object value) {
        if (value instanceof String) {
            String text = (String) value;
            return !text.isEmpty() && text.chars().noneMatch(c -> ",=[]{}\\'\" ".indexOf(c) >= 0);
        }
        return value instanceof BigDecimal || value instanceof Number || value instanceof Boolean;
    }

    private static String shorthand(ValueType type, Object value) {
        List<String> pairs = new ArrayList<>();
        members(type, value).forEach((k, v) -> pairs.add(k + "=" + (v instanceof BigDecimal
                ? ((BigDecimal) v).toPlainString() : v)));
        return String.join(",", pairs);
    }

    private static String json(ValueType type, Object value) {
        return new GsonBuilder().disableHtmlEscaping().create().toJson(plain(type, value));
    }

    private static String scalarText(ValueType type, Object value) {
        Object plain = plain(type, value);
        return plain instanceof BigDecimal ? ((BigDecimal) plain).toPlainString() : String.valueOf(plain);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(ValueType type, Object value) {
        return (Map<String, Object>) plain(type, value);
    }

    /** The value as the CLI's JSON has it: model member names, base64 blobs, ISO timestamps. */
    private static Object plain(ValueType type, Object value) {
        switch (type.kind()) {
            case STRUCTURE: {
                Map<String, Object> members = new LinkedHashMap<>();
                for (MemberModel member : type.structure().members()) {
                    Object memberValue = member.valueIn((SdkPojo) value);
                    if (!JavaSourceWriter.isAbsent(memberValue)) {
                        members.put(member.cliKey(), plain(member.type(), memberValue));
                    }
                }
                return members;
            }
            case MAP: {
                Map<String, Object> entries = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((k, v) -> entries.put(String.valueOf(k), plain(type.mapValue(), v)));
                return entries;
            }
            case LIST: {
                List<Object> elements = new ArrayList<>();
                ((List<?>) value).forEach(v -> elements.add(plain(type.element(), v)));
                return elements;
            }
            case BYTES:
                return Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArrayUnsafe());
            case INSTANT:
                return ((Instant) value).toString();
            case FLOAT:
            case DOUBLE:
            case INTEGER:
            case LONG:
            case SHORT:
            case BYTE:
                return new BigDecimal(value.toString());
            default:
                return value;
        }
    }
}
