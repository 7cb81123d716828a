package labrepl.helpers.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items inside whatever a learner passes to {@code toRows} or {@code table}: a Scan or Query
 * response ({@code Items}), a GetItem response ({@code Item}), one item, or a list of items.
 */
public final class Items {

    private Items() {
    }

    public static List<Map<String, AttributeValue>> of(Object responseOrItems) {
        if (responseOrItems instanceof SdkPojo) {
            SdkPojo pojo = (SdkPojo) responseOrItems;
            for (SdkField<?> field : pojo.sdkFields()) {
                if (field.memberName().equals("Items") || field.memberName().equals("Item")) {
                    Object items = field.getValueOrDefault(pojo);
                    return items == null ? List.of() : of(items);
                }
            }
        } else if (responseOrItems instanceof Map) {
            return List.of(item(responseOrItems));
        } else if (responseOrItems instanceof Collection) {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            for (Object element : (Collection<?>) responseOrItems) {
                items.add(item(element));
            }
            return items;
        }
        throw new IllegalArgumentException("Expected a scan or query response, a GetItem response, an item or a list of"
                + " items; got " + describe(responseOrItems));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, AttributeValue> item(Object candidate) {
        if (candidate instanceof Map && ((Map<?, ?>) candidate).values().stream().allMatch(v -> v instanceof AttributeValue)) {
            return (Map<String, AttributeValue>) candidate;
        }
        throw new IllegalArgumentException("Expected an item (Map<String, AttributeValue>); got " + describe(candidate));
    }

    private static String describe(Object value) {
        return value == null ? "null" : "a " + value.getClass().getSimpleName();
    }
}
