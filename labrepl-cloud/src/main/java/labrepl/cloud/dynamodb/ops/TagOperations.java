package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/** TagResource, UntagResource and ListTagsOfResource, on tables named by their ARN. */
public final class TagOperations {

    private static final int MAX_TAGS = 50;

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public TagOperations(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    /** The Tags member of CreateTable or TagResource. */
    static Map<String, String> readTags(JsonRequest request, Constraints constraints) {
        Map<String, String> tags = new TreeMap<>();
        List<JsonRequest> elements = KeySchemaReader.list(request.array("Tags"));
        for (int i = 0; i < elements.size(); i++) {
            String path = "tags." + (i + 1) + ".member.";
            String key = elements.get(i).string("Key");
            String value = elements.get(i).string("Value");
            constraints.notNull(path + "key", key).length(path + "key", key, 1, 128)
                    .notNull(path + "value", value).length(path + "value", value, 0, 256);
            if (key != null && value != null) {
                tags.put(key, value);
            }
        }
        return tags;
    }

    public String tagResource(JsonRequest request) {
        Constraints constraints = new Constraints();
        String arn = readArn(request, constraints);
        constraints.notNull("tags", request.array("Tags"));
        Map<String, String> tags = readTags(request, constraints);
        constraints.throwIfViolated();
        if (tags.isEmpty()) {
            throw DynamoDbError.invalidParameter("Atleast one Tag needs to be provided as Input.");
        }
        Table table = tableOf(arn);
        Map<String, String> merged = new TreeMap<>(table.definition().tags());
        merged.putAll(tags);
        if (merged.size() > MAX_TAGS) {
            throw DynamoDbError.validation("One or more parameter values were invalid: The number of tags exceeds the "
                    + "limit of " + MAX_TAGS);
        }
        catalog.replace(table, table.definition().withTags(merged));
        return "";
    }

    public String untagResource(JsonRequest request) {
        Constraints constraints = new Constraints();
        String arn = readArn(request, constraints);
        JsonArray keys = request.array("TagKeys");
        constraints.notNull("tagKeys", keys).throwIfViolated();
        Table table = tableOf(arn);
        Map<String, String> remaining = new TreeMap<>(table.definition().tags());
        keys.forEach(key -> remaining.remove(key.getAsString()));
        catalog.replace(table, table.definition().withTags(remaining));
        return "";
    }

    public String listTagsOfResource(JsonRequest request) {
        Constraints constraints = new Constraints();
        String arn = readArn(request, constraints);
        constraints.throwIfViolated();
        Table table = tableOf(arn);
        JsonText out = new JsonText().beginObject().name("Tags").beginArray();
        new ArrayList<>(table.definition().tags().entrySet()).forEach(tag ->
                out.beginObject().field("Key", tag.getKey()).field("Value", tag.getValue()).endObject());
        return out.endArray().endObject().toString();
    }

    private static String readArn(JsonRequest request, Constraints constraints) {
        String arn = request.string("ResourceArn");
        constraints.notNull("resourceArn", arn).length("resourceArn", arn, 1, 1283);
        return arn;
    }

    private Table tableOf(String arn) {
        if (!arn.startsWith("arn:")) {
            throw DynamoDbError.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        String prefix = identity.arn("dynamodb", "table/");
        String name = arn.startsWith(prefix) ? arn.substring(prefix.length()) : null;
        if (name == null || !TableNames.NAME.matcher(name).matches()) {
            throw DynamoDbError.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        return catalog.find(name).orElseThrow(() ->
                DynamoDbError.resourceNotFound("Requested resource not found: ResourcArn: " + arn + " not found"));
    }
}
