package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * TagResource, UntagResource and ListTagsOfResource, on tables named by their ARN. The ARN is
 * checked first: absent, then not shaped like an ARN (which DynamoDB's authorizer refuses), then
 * not a table's ARN.
 */
public final class TagOperations {

    private static final int MAX_TAGS = 50;
    private static final Pattern ANY_ARN = Pattern.compile(".+:.+:.+:.+:.+:.+/.+");
    private static final Pattern TABLE_ARN = Pattern.compile("arn:aws:dynamodb:.+:\\d+:table/[^/]{2}[^/]+");

    /** A tagging request as read: the table's name from its ARN, and the tags or tag keys. */
    public record Request(String arn, String table, Map<String, String> tags, List<String> tagKeys) {
    }

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public TagOperations(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    /** The Tags member of CreateTable or TagResource. */
    static Map<String, String> readTags(JsonRequest request) {
        Map<String, String> tags = new TreeMap<>();
        if (request.has("Tags")) {
            for (JsonElement tag : request.array("Tags")) {
                tags.put(tag.getAsJsonObject().get("Key").getAsString(), tag.getAsJsonObject().get("Value").getAsString());
            }
        }
        return tags;
    }

    public Request readTag(JsonRequest request) {
        String arn = checkArn(request, "TagResource", "Tags", "tags");
        if (request.array("Tags").isEmpty()) {
            throw DynamoDbError.validation("Atleast one Tag needs to be provided as Input.");
        }
        return new Request(arn, tableName(arn), readTags(request), List.of());
    }

    public String tag(Request request) {
        Table table = tableOf(request, true);
        Map<String, String> merged = new TreeMap<>(table.definition().tags());
        merged.putAll(request.tags());
        if (merged.size() > MAX_TAGS) {
            throw DynamoDbError.invalidParameter("The number of tags exceeds the limit of " + MAX_TAGS);
        }
        catalog.replace(table, table.definition().withTags(merged));
        return "";
    }

    public Request readUntag(JsonRequest request) {
        String arn = checkArn(request, "UntagResource", "TagKeys", "tagKeys");
        List<String> keys = new ArrayList<>();
        request.array("TagKeys").forEach(key -> keys.add(key.getAsString()));
        if (keys.isEmpty()) {
            throw DynamoDbError.validation("Atleast one Tag Key needs to be provided as Input.");
        }
        return new Request(arn, tableName(arn), Map.of(), keys);
    }

    public String untag(Request request) {
        Table table = tableOf(request, false);
        Map<String, String> remaining = new TreeMap<>(table.definition().tags());
        request.tagKeys().forEach(remaining::remove);
        catalog.replace(table, table.definition().withTags(remaining));
        return "";
    }

    public Request readList(JsonRequest request) {
        String arn = checkArn(request, "ListTagsOfResource", null, null);
        return new Request(arn, tableName(arn), Map.of(), List.of());
    }

    public String list(Request request) {
        Table table = tableOf(request, true);
        JsonText out = new JsonText().beginObject().name("Tags").beginArray();
        table.definition().tags().forEach((key, value) ->
                out.beginObject().field("Key", key).field("Value", value).endObject());
        return out.endArray().endObject().toString();
    }

    /** {@code listMember}: the request's list (Tags or TagKeys), which must be present, or null for none. */
    private String checkArn(JsonRequest request, String action, String listMember, String listPath) {
        String arn = request.string("ResourceArn");
        if (arn == null) {
            throw DynamoDbError.validation("Invalid TableArn");
        }
        if (!ANY_ARN.matcher(arn).matches()) {
            throw new DynamoDbError(DynamoDbError.Type.ACCESS_DENIED, "User: arn:aws:iam::" + identity.accountId()
                    + ":root is not authorized to perform: dynamodb:" + action + " on resource: "
                    + (arn.isEmpty() ? "*" : arn));
        }
        if (listMember != null && !request.has(listMember)) {
            throw DynamoDbError.validation("1 validation error detected: Value null at '" + listPath
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (!TABLE_ARN.matcher(arn).matches()) {
            throw DynamoDbError.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        return arn;
    }

    private static String tableName(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    /** {@code detailed}: TagResource and ListTagsOfResource name the ARN they did not find; UntagResource does not. */
    private Table tableOf(Request request, boolean detailed) {
        return catalog.find(request.table()).orElseThrow(() -> DynamoDbError.resourceNotFound(detailed
                ? "Requested resource not found: ResourcArn: " + request.arn() + " not found"
                : "Requested resource not found"));
    }
}
