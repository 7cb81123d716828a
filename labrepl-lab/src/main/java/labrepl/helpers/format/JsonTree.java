package labrepl.helpers.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Turns SDK v2 requests and responses, items, maps and lists into plain JSON values
 * ({@link LinkedHashMap}, {@link List}, String, Number, Boolean, {@link Instant}, null) with AWS's
 * member names. SDK models are read generically through {@link SdkPojo#sdkFields()}, in model order,
 * which is the order botocore (and so the AWS CLI) prints members in.
 */
final class JsonTree {

    private JsonTree() {
    }

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Instant) {
            return value;
        }
        if (value instanceof SdkPojo) {
            return members((SdkPojo) value);
        }
        if (value instanceof SdkBytes) {
            return Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArrayUnsafe());
        }
        if (value instanceof byte[]) {
            return Base64.getEncoder().encodeToString((byte[]) value);
        }
        if (value instanceof Map) {
            Map<String, Object> object = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> object.put(String.valueOf(k), of(v)));
            return object;
        }
        if (value instanceof Iterable) {
            List<Object> list = new ArrayList<>();
            ((Iterable<?>) value).forEach(element -> list.add(of(element)));
            return list;
        }
        if (value instanceof Object[]) {
            return of(Arrays.asList((Object[]) value));
        }
        if (value instanceof Optional) {
            return of(((Optional<?>) value).orElse(null));
        }
        return value.toString();
    }

    /** The members that are present, as botocore would parse them; absent lists and maps are left out. */
    static Map<String, Object> members(SdkPojo pojo) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object member = field.getValueOrDefault(pojo);
            if (member == null || member instanceof SdkAutoConstructList || member instanceof SdkAutoConstructMap) {
                continue;
            }
            object.put(awsName(field), of(member));
        }
        return object;
    }

    /**
     * The member's name as AWS spells it. On the wire (the payload) that is the location name: the
     * SDK's member name differs where Java needed another, e.g. {@code NUL} for DynamoDB's {@code NULL}.
     * Members carried in headers or the URI have the header's name there, so their member name is the one.
     */
    static String awsName(SdkField<?> field) {
        return field.location() == MarshallLocation.PAYLOAD && field.locationName() != null
                ? field.locationName() : field.memberName();
    }
}
