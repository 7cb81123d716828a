package labrepl.mirror;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * One member of a structure: its names on the CLI ({@code --table-name}, {@code TableName} in JSON),
 * its type, and the builder method a learner calls to set it ({@code tableName(...)}, with the enum
 * or consumer overload when the SDK has one). Lists and maps know their element's field.
 */
final class MemberModel {

    /** What kind of value a member holds, from its marshalling type. */
    enum Kind { STRING, INTEGER, LONG, SHORT, BYTE, FLOAT, DOUBLE, BIG_DECIMAL, BOOLEAN, INSTANT, BYTES, LIST, MAP, STRUCTURE, DOCUMENT }

    private final ShapeModel owner;
    private final SdkField<?> field;
    private final Kind kind;

    MemberModel(ShapeModel owner, SdkField<?> field) {
        this.owner = owner;
        this.field = field;
        this.kind = kindOf(field);
    }

    Kind kind() {
        return kind;
    }

    String memberName() {
        return field.memberName();
    }

    /**
     * The member's name in the CLI's JSON and shorthand: the model's member name. The SDK renames a
     * few (DynamoDB's {@code NULL} is {@code NUL} in Java); in a JSON protocol the location name
     * keeps the model's, where it is more than a change of case.
     */
    String cliKey() {
        String location = field.locationName();
        if (owner.json() && field.location() == MarshallLocation.PAYLOAD && location != null
                && !location.equalsIgnoreCase(field.memberName())) {
            return location;
        }
        return field.memberName();
    }

    /** The option, without dashes: {@code table-name}. */
    String cliOption() {
        return CliNames.kebab(cliKey());
    }

    /** The member's type, for reading and writing its values. */
    ValueType type() {
        return new ValueType(field, owner.json());
    }

    /** The builder method that sets this member: the one named after it. */
    String setterName() {
        return setter().map(Method::getName).orElseThrow(() -> new MirrorException(
                "The SDK's " + owner.simpleName() + " builder has no method for " + field.memberName()));
    }

    /** The enum of a string member, or of a list member's strings, when the builder takes one. */
    Optional<Class<?>> enumType() {
        return setters().map(m -> m.getParameterTypes()[0])
                .map(type -> type.isArray() ? type.getComponentType() : type)
                .filter(Class::isEnum)
                .findFirst();
    }

    /** Whether the builder takes {@code x -> x.a(..)} for this structure (or several, for a list). */
    boolean hasConsumerSetter() {
        return setters().anyMatch(m -> m.getParameterTypes()[0] == Consumer.class
                || (m.getParameterTypes()[0].isArray() && m.getParameterTypes()[0].getComponentType() == Consumer.class));
    }

    /** Whether the builder takes the list's elements as varargs. */
    boolean hasVarargsSetter() {
        return setters().anyMatch(Method::isVarArgs);
    }

    /** The String-typed variant ({@code fooWithStrings}) for enum lists whose plain setter takes enums only. */
    Optional<String> stringsSetterName() {
        return owner.builderMethods().stream()
                .filter(m -> m.getName().equalsIgnoreCase(setterCandidate() + "WithStrings") && m.getParameterCount() == 1)
                .map(Method::getName)
                .findFirst();
    }

    private Optional<Method> setter() {
        return setters().findFirst();
    }

    private java.util.stream.Stream<Method> setters() {
        String wanted = setterCandidate();
        return owner.builderMethods().stream()
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
                        && m.getName().equalsIgnoreCase(wanted));
    }

    private String setterCandidate() {
        return field.memberName();
    }

    Object valueIn(SdkPojo pojo) {
        return field.getValueOrDefault(pojo);
    }

    void setIn(SdkPojo builder, Object value) {
        field.set(builder, value);
    }

    static Kind kindOf(SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return Kind.STRING;
        } else if (type == MarshallingType.INTEGER) {
            return Kind.INTEGER;
        } else if (type == MarshallingType.LONG) {
            return Kind.LONG;
        } else if (type == MarshallingType.SHORT) {
            return Kind.SHORT;
        } else if (type == MarshallingType.BYTE) {
            return Kind.BYTE;
        } else if (type == MarshallingType.FLOAT) {
            return Kind.FLOAT;
        } else if (type == MarshallingType.DOUBLE) {
            return Kind.DOUBLE;
        } else if (type == MarshallingType.BIG_DECIMAL) {
            return Kind.BIG_DECIMAL;
        } else if (type == MarshallingType.BOOLEAN) {
            return Kind.BOOLEAN;
        } else if (type == MarshallingType.INSTANT) {
            return Kind.INSTANT;
        } else if (type == MarshallingType.SDK_BYTES) {
            return Kind.BYTES;
        } else if (type == MarshallingType.LIST) {
            return Kind.LIST;
        } else if (type == MarshallingType.MAP) {
            return Kind.MAP;
        } else if (type == MarshallingType.SDK_POJO) {
            return Kind.STRUCTURE;
        }
        return Kind.DOCUMENT;
    }

    @Override
    public String toString() {
        return owner.simpleName() + "." + field.memberName();
    }
}
