package labrepl.helpers.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.helpers.format.SdkJson;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * What a request names, read from its members as the SDK's model describes them, for any operation
 * of any service: the members in the request's path ({@code FunctionName}, {@code ApiId}) and those
 * whose name says they name something ({@code TableName}, {@code Bucket}, {@code Key}, {@code RoleName},
 * {@code ...Id}, {@code ...Arn}), found in nested structures and lists too (DeleteObjects' keys).
 */
final class ResourceNames {

    /** Values shown per member; a bulk delete lists the rest as a count. */
    private static final int SHOWN = 5;

    private ResourceNames() {
    }

    /** E.g. {@code [TableName LabCustomers]} or {@code [Bucket site, Key index.html, error.html]}. */
    static List<String> of(SdkPojo request) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        collect(request, found);
        List<String> names = new ArrayList<>();
        found.forEach((member, values) -> names.add(member + " " + shown(values)));
        return names;
    }

    private static void collect(SdkPojo pojo, Map<String, List<String>> found) {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
                continue;
            }
            if (value instanceof List<?> list) {
                list.forEach(element -> collectValue(field, element, found));
            } else {
                collectValue(field, value, found);
            }
        }
    }

    private static void collectValue(SdkField<?> field, Object value, Map<String, List<String>> found) {
        if (namesSomething(field)) {
            found.computeIfAbsent(field.memberName(), member -> new ArrayList<>()).add(text(value));
        } else if (value instanceof SdkPojo nested) {
            collect(nested, found);
        }
    }

    private static boolean namesSomething(SdkField<?> field) {
        String member = field.memberName();
        return field.location() == MarshallLocation.PATH || member.endsWith("Name") || member.endsWith("Id")
                || member.endsWith("Arn") || member.equals("Bucket") || member.equals("Key");
    }

    /** A string as it is; anything else (a DynamoDB key) as the CLI's JSON on one line. */
    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        return SdkJson.cli(value).replaceAll(",\n\\s*", ", ").replaceAll("\n\\s*", "");
    }

    private static String shown(List<String> values) {
        if (values.size() <= SHOWN) {
            return String.join(", ", values);
        }
        return String.join(", ", values.subList(0, SHOWN)) + " and " + (values.size() - SHOWN) + " more";
    }
}
