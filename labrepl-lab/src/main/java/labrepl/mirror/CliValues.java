package labrepl.mirror;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Turns what the CLI was given (JSON, shorthand, plain words, already read into strings, lists and
 * maps) into the values the SDK's builders take, as the model types them: {@code "5"} is an
 * {@code Integer} for {@code Limit}, {@code {AttributeName=ID,KeyType=HASH}} a {@code KeySchemaElement}.
 */
final class CliValues {

    /** How a blob given inline is read: base64 (the CLI v2 default) or as its UTF-8 text. */
    enum BinaryFormat { BASE64, RAW }

    private final BinaryFormat binaryFormat;

    CliValues(BinaryFormat binaryFormat) {
        this.binaryFormat = binaryFormat;
    }

    /** JSON text as plain values: objects as ordered maps, numbers as {@link BigDecimal}. */
    static Object json(String text, String where) {
        try {
            return plain(JsonParser.parseString(text));
        } catch (JsonParseException e) {
            throw new MirrorException(where + ": not valid JSON (" + e.getMessage() + ").");
        }
    }

    /** A complex value as typed on the command line: JSON when it starts like JSON, else shorthand. */
    static Object jsonOrShorthand(String text, String where) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("\"")) {
            return json(trimmed, where);
        }
        return Shorthand.parse(trimmed);
    }

    Object convert(ValueType type, Object raw, String where) {
        if (raw == null) {
            return null;
        }
        switch (type.kind()) {
            case STRING:
                return scalarText(raw, where);
            case INTEGER:
                return number(raw, where).intValueExact();
            case LONG:
                return number(raw, where).longValueExact();
            case SHORT:
                return number(raw, where).shortValueExact();
            case BYTE:
                return number(raw, where).byteValueExact();
            case FLOAT:
                return number(raw, where).floatValue();
            case DOUBLE:
                return number(raw, where).doubleValue();
            case BIG_DECIMAL:
                return number(raw, where);
            case BOOLEAN:
                return bool(raw, where);
            case INSTANT:
                return instant(raw, where);
            case BYTES:
                return bytes(raw, where);
            case LIST:
                return list(type, raw, where);
            case MAP:
                return map(type, raw, where);
            case STRUCTURE:
                return structure(type.structure(), raw, where);
            default:
                throw new MirrorException(where + ": documents are not mirrored yet.");
        }
    }

    SdkPojo structure(ShapeModel shape, Object raw, String where) {
        if (!(raw instanceof Map)) {
            throw new MirrorException(where + ": a structure was expected (JSON {...} or Key=value,...), not " + raw);
        }
        SdkPojo builder = shape.newBuilder();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) raw).entrySet()) {
            String key = String.valueOf(entry.getKey());
            MemberModel member = shape.member(key).orElseThrow(() -> new MirrorException(where + ": "
                    + shape.simpleName() + " has no member " + key + " (it has " + shape.memberKeys() + ")."));
            member.setIn(builder, convert(member.type(), entry.getValue(), where + "." + key));
        }
        return (SdkPojo) shape.build(builder);
    }

    private List<Object> list(ValueType type, Object raw, String where) {
        List<?> elements = raw instanceof List ? (List<?>) raw : List.of(raw);
        if (raw instanceof Map && type.element().kind() != MemberModel.Kind.STRUCTURE) {
            throw new MirrorException(where + ": a list was expected, not " + raw);
        }
        List<Object> converted = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            converted.add(convert(type.element(), elements.get(i), where + "[" + i + "]"));
        }
        return converted;
    }

    private Map<String, Object> map(ValueType type, Object raw, String where) {
        if (!(raw instanceof Map)) {
            throw new MirrorException(where + ": a map was expected (JSON {...} or key=value,...), not " + raw);
        }
        Map<String, Object> converted = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) raw).entrySet()) {
            converted.put(String.valueOf(entry.getKey()),
                    convert(type.mapValue(), entry.getValue(), where + "." + entry.getKey()));
        }
        return converted;
    }

    private static String scalarText(Object raw, String where) {
        if (raw instanceof List || raw instanceof Map) {
            throw new MirrorException(where + ": one value was expected, not " + raw);
        }
        return raw instanceof BigDecimal ? ((BigDecimal) raw).toPlainString() : String.valueOf(raw);
    }

    private static BigDecimal number(Object raw, String where) {
        try {
            return new BigDecimal(scalarText(raw, where).strip());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new MirrorException(where + ": a number was expected, not " + raw);
        }
    }

    private static Boolean bool(Object raw, String where) {
        String text = scalarText(raw, where).strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new MirrorException(where + ": true or false was expected, not " + raw);
    }

    /** ISO 8601 (with or without a time) or seconds since the epoch, as the CLI reads timestamps. */
    private static Instant instant(Object raw, String where) {
        String text = scalarText(raw, where).strip();
        try {
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                BigDecimal seconds = new BigDecimal(text);
                return Instant.ofEpochSecond(seconds.longValue(),
                        seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$") ? text : text + "Z")
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new MirrorException(where + ": a timestamp was expected (e.g. 2024-01-31T12:00:00Z), not " + raw);
        }
    }

    private SdkBytes bytes(Object raw, String where) {
        if (raw instanceof byte[]) {
            return SdkBytes.fromByteArray((byte[]) raw);
        }
        String text = scalarText(raw, where);
        if (binaryFormat == BinaryFormat.RAW) {
            return SdkBytes.fromString(text, StandardCharsets.UTF_8);
        }
        try {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new MirrorException(where + ": blobs are base64 (or add --cli-binary-format raw-in-base64-out),"
                    + " and " + raw + " is not.");
        }
    }

    private static Object plain(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : ((JsonObject) element).entrySet()) {
                map.put(entry.getKey(), plain(entry.getValue()));
            }
            return map;
        }
        if (element.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonElement item : (JsonArray) element) {
                list.add(plain(item));
            }
            return list;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            return new BigDecimal(primitive.getAsString());
        }
        return primitive.getAsString();
    }
}
