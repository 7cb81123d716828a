package labrepl.mirror;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The type of a value: a member's, a list element's or a map value's, read from its field (and
 * which may itself be a list, a map or a structure).
 */
final class ValueType {

    private final SdkField<?> field;
    private final boolean json;

    ValueType(SdkField<?> field, boolean json) {
        this.field = field;
        this.json = json;
    }

    MemberModel.Kind kind() {
        return MemberModel.kindOf(field);
    }

    ValueType element() {
        return new ValueType(field.getRequiredTrait(ListTrait.class).memberFieldInfo(), json);
    }

    ValueType mapValue() {
        return new ValueType(field.getRequiredTrait(MapTrait.class).valueFieldInfo(), json);
    }

    ShapeModel structure() {
        return structureOf(field, json);
    }

    /** The structure a field holds: the class its builder builds. */
    static ShapeModel structureOf(SdkField<?> field, boolean json) {
        SdkPojo builder = field.constructor().get();
        Object empty = ((SdkBuilder<?, ?>) builder).build();
        return ShapeModel.of(empty.getClass(), json);
    }
}
