package labrepl.mirror;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A request of an operation with every member set (structures three levels deep), from the model
 * alone: what proves that the mirror handles every member of every operation, not a chosen few.
 */
final class SampleRequests {

    private static final int DEPTH = 3;

    private SampleRequests() {
    }

    static SdkRequest of(OperationModel operation) {
        return (SdkRequest) structure(operation.request(), 0);
    }

    private static Object structure(ShapeModel shape, int depth) {
        SdkPojo builder = shape.newBuilder();
        for (MemberModel member : shape.members()) {
            Object value = value(member.type(), depth, member);
            if (value != null) {
                member.setIn(builder, value);
            }
        }
        return shape.build(builder);
    }

    private static Object value(ValueType type, int depth, MemberModel member) {
        switch (type.kind()) {
            case STRING:
                return member == null ? "text" : member.enumType().map(SampleRequests::firstValue).orElse("text-" + member.cliKey());
            case INTEGER:
                return 7;
            case LONG:
                return 8L;
            case SHORT:
                return (short) 9;
            case BYTE:
                return (byte) 3;
            case FLOAT:
                return 1.5f;
            case DOUBLE:
                return 2.25;
            case BIG_DECIMAL:
                return new BigDecimal("12.5");
            case BOOLEAN:
                return true;
            case INSTANT:
                return Instant.parse("2024-01-31T12:00:00Z");
            case BYTES:
                return SdkBytes.fromUtf8String("bytes");
            case LIST:
                Object element = value(type.element(), depth + 1, null);
                return element == null ? null : List.of(element);
            case MAP:
                Object mapValue = value(type.mapValue(), depth + 1, null);
                return mapValue == null ? null : Map.of("key", mapValue);
            case STRUCTURE:
                return depth >= DEPTH ? null : structure(type.structure(), depth + 1);
            default:
                return null;
        }
    }

    private static String firstValue(Class<?> enumType) {
        return enumType.getEnumConstants()[0].toString();
    }
}
