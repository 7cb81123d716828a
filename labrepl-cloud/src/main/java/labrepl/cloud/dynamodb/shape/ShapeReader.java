package labrepl.cloud.dynamodb.shape;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * DynamoDB's deserializer: reads a request body against its declared shape before anything else
 * is checked, and answers a member of the wrong JSON type with a SerializationException in the
 * words of DynamoDB's (Java) deserializer. Returns the body as the operations read it: undeclared
 * and null members dropped, booleans given as text ("true", "1", "yes") and fractional integers
 * converted as DynamoDB converts them, table ARNs of this cloud replaced by table names.
 */
public final class ShapeReader {

    /** What DynamoDB's deserializer says for a scalar where a collection nested in a collection is expected. */
    private static final String NESTED_COLLECTION = "class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl"
            + " cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl"
            + " and java.lang.Class are in module java.base of loader 'bootstrap')";
    private static final Map<String, String> ATTRIBUTE_VALUE_MEMBERS = Map.of("S", "S", "N", "S", "B", "B",
            "BOOL", "BOOL", "NULL", "BOOL", "SS", "SS", "NS", "SS", "BS", "BS", "M", "M", "L", "L");

    /** Where a value sits: a member of a structure, or an element of a list or map. */
    private enum Position { FIELD, ELEMENT }

    private final String tableArnPrefix;

    /** {@code tableArnPrefix}: e.g. {@code arn:aws:dynamodb:us-east-1:000000000000:table/}. */
    public ShapeReader(String tableArnPrefix) {
        this.tableArnPrefix = tableArnPrefix;
    }

    public JsonObject read(JsonObject body, Shape.Structure shape) {
        return structure(body, shape);
    }

    private JsonElement read(JsonElement value, Shape shape, Position position) {
        if (shape instanceof Shape.Text text) {
            return text(value, text);
        } else if (shape instanceof Shape.Number number) {
            return number(value, number);
        } else if (shape instanceof Shape.Bool) {
            return bool(value);
        } else if (shape instanceof Shape.ListOf list) {
            return list(value, list, position);
        } else if (shape instanceof Shape.MapOf map) {
            return map(value, map, position);
        } else if (shape instanceof Shape.Structure structure) {
            requireObject(value, structure.javaType(), position);
            return structure(value.getAsJsonObject(), structure);
        }
        return attributeValue(value, position);
    }

    /** Read in the order of the shape's members, which is also the order the members are kept in. */
    private JsonObject structure(JsonObject body, Shape.Structure shape) {
        ObjectRead read = new ObjectRead(body, inMemberOrder(body, shape));
        for (Shape.Member member : shape.members()) {
            JsonElement value = body.get(member.name());
            if (value != null && !value.isJsonNull()) {
                JsonElement memberRead = read(value, member.shape(), Position.FIELD);
                read.add(member.name(), memberRead, memberRead == value);
            }
        }
        return read.result();
    }

    /** Whether the body holds only declared, non-null members, in the shape's order: then it may be kept as it is. */
    private static boolean inMemberOrder(JsonObject body, Shape.Structure shape) {
        Iterator<Shape.Member> members = shape.members().iterator();
        for (Map.Entry<String, JsonElement> entry : body.entrySet()) {
            if (entry.getValue().isJsonNull()) {
                return false;
            }
            boolean declared = false;
            while (!declared && members.hasNext()) {
                declared = members.next().name().equals(entry.getKey());
            }
            if (!declared) {
                return false;
            }
        }
        return true;
    }

    private JsonElement text(JsonElement value, Shape.Text shape) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw wrongScalar(value, "String");
        }
        String text = value.getAsString();
        if (shape.tableName() && text.startsWith(tableArnPrefix)) {
            return new JsonPrimitive(text.substring(tableArnPrefix.length()));
        }
        return value;
    }

    private static JsonElement number(JsonElement value, Shape.Number shape) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw wrongScalar(value, shape.javaName());
        }
        // DynamoDB drops the fraction of an integer member given as 2.7.
        return new JsonPrimitive(value.getAsBigDecimal().setScale(0, RoundingMode.FLOOR).toBigInteger());
    }

    private static JsonElement bool(JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return switch (value.getAsString().toUpperCase(Locale.ROOT)) {
                case "TRUE", "1", "YES" -> new JsonPrimitive(true);
                case "FALSE", "0", "NO" -> new JsonPrimitive(false);
                default -> throw DynamoDbError.serialization("Unexpected token received from parser");
            };
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw wrongScalar(value, "Boolean");
        }
        return value;
    }

    private JsonElement list(JsonElement value, Shape.ListOf shape, Position position) {
        if (value.isJsonObject()) {
            throw startOfStructure();
        }
        if (!value.isJsonArray()) {
            throw DynamoDbError.serialization(position == Position.FIELD ? "Unexpected field type" : NESTED_COLLECTION);
        }
        JsonArray given = value.getAsJsonArray();
        JsonArray read = null; // a copy, from the first element read differently
        for (int i = 0; i < given.size(); i++) {
            JsonElement element = given.get(i);
            JsonElement elementRead = element.isJsonNull() ? JsonNull.INSTANCE
                    : read(element, shape.member(), Position.ELEMENT);
            if (read == null && elementRead != element) {
                read = new JsonArray(given.size());
                for (int kept = 0; kept < i; kept++) {
                    read.add(given.get(kept));
                }
            }
            if (read != null) {
                read.add(elementRead);
            }
        }
        return read == null ? given : read;
    }

    private JsonElement map(JsonElement value, Shape.MapOf shape, Position position) {
        if (value.isJsonArray()) {
            throw DynamoDbError.serialization("Unrecognized collection type " + shape.javaType());
        }
        if (!value.isJsonObject()) {
            throw DynamoDbError.serialization(position == Position.FIELD ? "Unexpected field type" : NESTED_COLLECTION);
        }
        ObjectRead read = new ObjectRead(value.getAsJsonObject(), true);
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            String key = shape.key().tableName() && entry.getKey().startsWith(tableArnPrefix)
                    ? entry.getKey().substring(tableArnPrefix.length()) : entry.getKey();
            if (entry.getValue().isJsonNull()) {
                read.drop();
            } else {
                JsonElement member = read(entry.getValue(), shape.value(), Position.ELEMENT);
                read.add(key, member, member == entry.getValue() && key.equals(entry.getKey()));
            }
        }
        return read.result();
    }

    /** An AttributeValue keeps every type member given (how many there are is checked later), each of its JSON type. */
    private JsonElement attributeValue(JsonElement value, Position position) {
        requireObject(value, DynamoDbShapes.ATTRIBUTE_VALUE.javaType(), position);
        ObjectRead read = new ObjectRead(value.getAsJsonObject(), true);
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            String kind = ATTRIBUTE_VALUE_MEMBERS.get(entry.getKey());
            JsonElement member = entry.getValue();
            if (kind == null || member.isJsonNull()) {
                read.drop();
                continue;
            }
            JsonElement memberRead = switch (kind) {
                case "S" -> text(member, DynamoDbShapes.STRING);
                case "B" -> binary(member);
                case "BOOL" -> bool(member);
                case "SS" -> scalars(member, false);
                case "BS" -> scalars(member, true);
                case "M" -> map(member, DynamoDbShapes.ATTRIBUTE_MAP, Position.FIELD);
                default -> list(member, DynamoDbShapes.ATTRIBUTE_LIST, Position.FIELD);
            };
            read.add(entry.getKey(), memberRead, memberRead == member);
        }
        return read.result();
    }

    private JsonElement scalars(JsonElement value, boolean binary) {
        if (value.isJsonObject()) {
            throw startOfStructure();
        }
        if (!value.isJsonArray()) {
            throw DynamoDbError.serialization("Unexpected field type");
        }
        for (JsonElement element : value.getAsJsonArray()) { // checked only: a set's members are kept as given
            if (element.isJsonNull()) {
                continue; // read as a null member, which the item's own validation refuses
            }
            if (binary) {
                binary(element);
            } else {
                text(element, DynamoDbShapes.STRING);
            }
        }
        return value;
    }

    private static JsonElement binary(JsonElement value) {
        if (value.isJsonObject()) {
            throw startOfStructure();
        }
        if (value.isJsonArray()) {
            throw DynamoDbError.serialization("Unrecognized collection type class java.nio.ByteBuffer");
        }
        if (!value.getAsJsonPrimitive().isString()) {
            throw DynamoDbError.serialization("only base-64-encoded strings are convertible to bytes");
        }
        String text = value.getAsString();
        if (text.length() % 4 != 0) {
            throw DynamoDbError.serialization(
                    "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
        }
        try {
            if (!Base64.getEncoder().encodeToString(Base64.getDecoder().decode(text)).equals(text)) {
                throw new IllegalArgumentException(text);
            }
        } catch (IllegalArgumentException e) {
            throw DynamoDbError.serialization("Invalid last non-pad Base64 character dectected");
        }
        return value;
    }

    /**
     * An object being read: the object as given while every member read so far is kept as given
     * (the common case, which then costs no copy), else a copy from the first member dropped or
     * read differently. {@code sameOrder}: the members are added in the order they were given.
     */
    private static final class ObjectRead {
        private final JsonObject given;
        private JsonObject copy;
        private int kept;

        ObjectRead(JsonObject given, boolean sameOrder) {
            this.given = given;
            if (!sameOrder) {
                copy = new JsonObject();
            }
        }

        void add(String name, JsonElement value, boolean asGiven) {
            if (copy == null && asGiven) {
                kept++;
                return;
            }
            startCopy();
            copy.add(name, value);
        }

        void drop() {
            startCopy();
        }

        /** Every member of the object as given was added or dropped by then, so an object without a copy is whole. */
        JsonObject result() {
            return copy == null ? given : copy;
        }

        /** The copy, holding the members kept so far: the first {@code kept} of the object as given. */
        private void startCopy() {
            if (copy != null) {
                return;
            }
            copy = new JsonObject();
            Iterator<Map.Entry<String, JsonElement>> members = given.entrySet().iterator();
            for (int i = 0; i < kept; i++) {
                Map.Entry<String, JsonElement> member = members.next();
                copy.add(member.getKey(), member.getValue());
            }
        }
    }

    private static void requireObject(JsonElement value, String javaType, Position position) {
        if (value.isJsonArray()) {
            throw DynamoDbError.serialization("Unrecognized collection type class " + javaType);
        }
        if (!value.isJsonObject()) {
            throw DynamoDbError.serialization(position == Position.FIELD ? "Unexpected field type"
                    : "Unexpected value type in payload");
        }
    }

    private static DynamoDbError startOfStructure() {
        return DynamoDbError.serialization("Start of structure or map found where not expected");
    }

    /** A scalar member of the wrong JSON type, e.g. "NUMBER_VALUE cannot be converted to String". */
    private static DynamoDbError wrongScalar(JsonElement value, String javaName) {
        if (value.isJsonObject()) {
            return startOfStructure();
        }
        if (value.isJsonArray()) {
            return DynamoDbError.serialization("Unrecognized collection type class java.lang." + javaName);
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        String kind;
        if (primitive.isBoolean()) {
            kind = primitive.getAsBoolean() ? "TRUE_VALUE" : "FALSE_VALUE";
        } else if (primitive.isNumber()) {
            kind = isIntegral(primitive.getAsBigDecimal()) ? "NUMBER_VALUE" : "DECIMAL_VALUE";
        } else {
            kind = "STRING_VALUE";
        }
        return DynamoDbError.serialization(kind + " cannot be converted to " + javaName);
    }

    private static boolean isIntegral(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }
}
