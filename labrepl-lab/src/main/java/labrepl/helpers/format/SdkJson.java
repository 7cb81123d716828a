package labrepl.helpers.format;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkResponse;

/**
 * JSON text for SDK objects, items, maps and lists, shaped as the AWS CLI prints it or as boto3
 * returns it. Found generically from the SDK's own field metadata, so every service and operation
 * works, not a list of known classes.
 */
public final class SdkJson {

    private SdkJson() {
    }

    /** As {@code aws ... --output json} prints the same call: member names, model order, 4-space indent. */
    public static String cli(Object value) {
        Object tree = JsonTree.of(value);
        if (value instanceof SdkPojo && tree instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) tree;
            tree = CliPagination.forResponse(value.getClass()).map(p -> p.shape(members)).orElse(members);
        }
        return PythonJson.write(tree, PythonJson.Timestamps.ISO);
    }

    /**
     * As the lab's {@code print(json.dumps(response, indent=4, default=str))} prints a boto3
     * response: every member present, then {@code ResponseMetadata}.
     */
    public static String boto3(Object value) {
        Object tree = JsonTree.of(value);
        if (value instanceof SdkResponse && tree instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = new LinkedHashMap<>((Map<String, Object>) tree);
            members.put("ResponseMetadata", ResponseMetadata.of((SdkResponse) value));
            tree = members;
        }
        return PythonJson.write(tree, PythonJson.Timestamps.PYTHON_STR);
    }
}
