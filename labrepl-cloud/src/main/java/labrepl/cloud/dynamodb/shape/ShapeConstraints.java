package labrepl.cloud.dynamodb.shape;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * Checks a deserialized request against the constraints its shape declares, as DynamoDB does
 * after deserializing and before the operation's own validation: first each REQUIRED member,
 * alone; then every other constraint of every member, in declaration order, collected into one
 * ValidationException ("2 validation errors detected: Value 'ab' at 'tableName' failed to
 * satisfy constraint: Member must have length greater than or equal to 3; ..."), at most ten.
 */
public final class ShapeConstraints {

    private static final int MAX_LISTED = 10;

    private final List<String> violations = new ArrayList<>();

    private ShapeConstraints() {
    }

    /** @throws DynamoDbError the ValidationException for the first required member missing, or for the constraints */
    public static void check(JsonObject request, Shape.Structure shape) {
        for (Shape.Member member : shape.members()) {
            if (member.presence() == Shape.Presence.REQUIRED) {
                checkRequired(member, request.get(member.name()));
            }
        }
        ShapeConstraints constraints = new ShapeConstraints();
        constraints.structure(null, request, shape);
        constraints.throwIfViolated();
    }

    /** A required member absent is reported alone; so is a table name of the wrong length. */
    private static void checkRequired(Shape.Member member, JsonElement value) {
        if (value == null) {
            throw DynamoDbError.validation("The parameter '" + member.name() + "' is required but was not present in"
                    + " the request");
        }
        if (member.shape() instanceof Shape.Text text && text.tableName()) {
            int length = value.getAsString().length();
            if (length < text.min() || length > text.max()) {
                throw DynamoDbError.validation(member.name() + " must be at least " + text.min() + " characters long"
                        + " and at most " + text.max() + " characters long");
            }
        }
    }

    private void structure(Where path, JsonObject value, Shape.Structure shape) {
        for (Shape.Member member : shape.members()) {
            Where memberPath = new Where(path, member.name(), false);
            JsonElement memberValue = value.get(member.name());
            if (memberValue == null) {
                if (member.presence() == Shape.Presence.NOT_NULL) {
                    add(memberPath, null, "Member must not be null");
                }
            } else if (!(member.presence() == Shape.Presence.REQUIRED && member.shape() instanceof Shape.Text text
                    && text.tableName())) {
                element(memberPath, memberValue, member.shape());
            } else {
                textPattern(memberPath, memberValue.getAsString(), (Shape.Text) member.shape());
            }
        }
    }

    private void element(Where path, JsonElement value, Shape shape) {
        if (value.isJsonNull()) {
            return;
        }
        if (shape instanceof Shape.Text text) {
            text(path, value.getAsString(), text);
        } else if (shape instanceof Shape.Number number) {
            long given = value.getAsLong();
            if (number.min() != null && given < number.min()) {
                add(path, Long.toString(given), "Member must have value greater than or equal to " + number.min());
            }
            if (number.max() != null && given > number.max()) {
                add(path, Long.toString(given), "Member must have value less than or equal to " + number.max());
            }
        } else if (shape instanceof Shape.ListOf list) {
            JsonArray elements = value.getAsJsonArray();
            size(path, value, elements.size(), list.min(), list.max(), shape);
            for (int i = 0; i < elements.size(); i++) {
                Where member = new Where(path, Integer.toString(i + 1), true);
                if (elements.get(i).isJsonNull() && !(list.member() instanceof Shape.AttributeValue)) {
                    add(member, null, "Member must not be null"); // a list's members are never optional
                } else {
                    element(member, elements.get(i), list.member());
                }
            }
        } else if (shape instanceof Shape.MapOf map) {
            map(path, value.getAsJsonObject(), map);
        } else if (shape instanceof Shape.Structure structure) {
            structure(path, value.getAsJsonObject(), structure);
        }
    }

    private void text(Where path, String value, Shape.Text shape) {
        textPattern(path, value, shape);
        int length = value.codePointCount(0, value.length());
        if (shape.min() != null && length < shape.min()) {
            add(path, value, "Member must have length greater than or equal to " + shape.min());
        }
        if (shape.max() != null && length > shape.max()) {
            add(path, value, "Member must have length less than or equal to " + shape.max());
        }
        if (!shape.values().isEmpty() && !shape.values().contains(value)) {
            add(path, value, "Member must satisfy enum value set: " + shape.values());
        }
    }

    private void textPattern(Where path, String value, Shape.Text shape) {
        if (shape.pattern() != null && !shape.pattern().matcher(value).matches()) {
            add(path, value, "Member must satisfy regular expression pattern: " + shape.pattern().pattern());
        }
    }

    private void map(Where path, JsonObject value, Shape.MapOf shape) {
        size(path, value, value.size(), shape.min(), shape.max(), shape);
        for (String key : value.keySet()) {
            if (!fits(key, shape.key())) {
                add(path, shown(value, shape), "Map keys must satisfy constraint: " + rules(shape.key()));
            }
        }
        if (shape.value() instanceof Shape.ListOf list && (list.min() != null || list.max() != null)) {
            for (JsonElement element : value.asMap().values()) {
                int size = element.getAsJsonArray().size();
                if (list.min() != null && size < list.min() || list.max() != null && size > list.max()) {
                    add(path, shown(value, shape), "Map value must satisfy constraint: " + rules(list));
                }
            }
        }
        for (Map.Entry<String, JsonElement> entry : value.entrySet()) {
            Shape valueShape = shape.value() instanceof Shape.ListOf list
                    ? new Shape.ListOf(list.member(), null, null) : shape.value();
            element(new Where(path, entry.getKey(), true), entry.getValue(), valueShape);
        }
    }

    private void size(Where path, JsonElement value, int size, Integer min, Integer max, Shape shape) {
        if (min != null && size < min) {
            add(path, shown(value, shape), "Member must have length greater than or equal to " + min);
        }
        if (max != null && size > max) {
            add(path, shown(value, shape), "Member must have length less than or equal to " + max);
        }
    }

    private static boolean fits(String key, Shape.Text shape) {
        int length = key.codePointCount(0, key.length());
        return (shape.min() == null || length >= shape.min()) && (shape.max() == null || length <= shape.max())
                && (shape.pattern() == null || shape.pattern().matcher(key).matches());
    }

    /** A key's or value's constraints as DynamoDB lists them: maximum, minimum, pattern. */
    private static String rules(Shape shape) {
        List<String> rules = new ArrayList<>();
        Integer min = shape instanceof Shape.Text text ? text.min() : ((Shape.ListOf) shape).min();
        Integer max = shape instanceof Shape.Text text ? text.max() : ((Shape.ListOf) shape).max();
        if (max != null) {
            rules.add("Member must have length less than or equal to " + max);
        }
        if (min != null) {
            rules.add("Member must have length greater than or equal to " + min);
        }
        if (shape instanceof Shape.Text text && text.pattern() != null) {
            rules.add("Member must satisfy regular expression pattern: " + text.pattern().pattern());
        }
        return rules.toString();
    }

    private void add(Where path, String shown, String constraint) {
        if (violations.size() < MAX_LISTED) {
            violations.add("Value " + (shown == null ? "null" : "'" + shown + "'") + " at '" + path
                    + "' failed to satisfy constraint: " + constraint);
        }
    }

    private void throwIfViolated() {
        if (!violations.isEmpty()) {
            int n = violations.size();
            throw DynamoDbError.validation(n + " validation error" + (n == 1 ? "" : "s") + " detected: "
                    + String.join("; ", violations));
        }
    }

    /** A value as DynamoDB's (Java) model prints it in a message: lists [a, b], maps {k=v}, structures Name(m=v). */
    static String shown(JsonElement value, Shape shape) {
        if (value == null || value.isJsonNull()) {
            return "null";
        }
        if (shape instanceof Shape.ListOf list) {
            StringJoiner joined = new StringJoiner(", ", "[", "]");
            value.getAsJsonArray().forEach(element -> joined.add(shown(element, list.member())));
            return joined.toString();
        }
        if (shape instanceof Shape.MapOf map) {
            StringJoiner joined = new StringJoiner(", ", "{", "}");
            value.getAsJsonObject().entrySet().forEach(e -> joined.add(e.getKey() + "=" + shown(e.getValue(), map.value())));
            return joined.toString();
        }
        if (shape instanceof Shape.Structure structure) {
            StringJoiner joined = new StringJoiner(", ", structure.name() + "(", ")");
            structure.members().forEach(member -> joined.add(lowerFirst(member.name()) + "="
                    + shown(value.getAsJsonObject().get(member.name()), member.shape())));
            return joined.toString();
        }
        if (shape instanceof Shape.AttributeValue) {
            StringBuilder text = new StringBuilder("{");
            value.getAsJsonObject().entrySet().forEach(e -> text.append(e.getKey()).append(": ")
                    .append(e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue()).append(','));
            return text.append('}').toString();
        }
        return value.getAsString();
    }

    /**
     * Where a value is in the request, as DynamoDB names it in a message ("keySchema.1.member.attributeName"):
     * spelt out only when a constraint fails, since every member of every request is checked.
     */
    private record Where(Where parent, String name, boolean element) {

        @Override
        public String toString() {
            String own = element ? name + ".member" : lowerFirst(name);
            return parent == null ? own : parent + "." + own;
        }
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
