package labrepl.cloud.dynamodb.ops;

import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * UpdateTimeToLive and DescribeTimeToLive. Expired items are removed by the
 * {@link labrepl.cloud.dynamodb.TimeToLiveSweeper}; until then reads still return them, as on DynamoDB.
 */
public final class TimeToLiveOperations {

    private final TableCatalog catalog;

    public TimeToLiveOperations(TableCatalog catalog) {
        this.catalog = catalog;
    }

    /** An UpdateTimeToLive as read. */
    public record Update(String table, String attribute, boolean enabled) {
    }

    public static Update readUpdate(JsonRequest request) {
        JsonRequest specification = new JsonRequest(request.object("TimeToLiveSpecification"));
        return new Update(request.string("TableName"), specification.string("AttributeName"),
                specification.bool("Enabled"));
    }

    public String update(Update update) {
        String name = update.table();
        String attribute = update.attribute();
        boolean enabled = update.enabled();
        Table table = catalog.requireNamed(name);
        String current = table.definition().ttlAttribute();
        if (enabled) {
            if (current != null) {
                throw DynamoDbError.validation(current.equals(attribute) ? "TimeToLive is already enabled"
                        : "TimeToLive is active on a different AttributeName: current AttributeName is " + current);
            }
            catalog.replace(table, table.definition().withTtlAttribute(attribute));
        } else {
            if (current == null) {
                throw DynamoDbError.validation("TimeToLive is already disabled");
            }
            if (!current.equals(attribute)) {
                throw DynamoDbError.validation("TimeToLive is active on a different AttributeName: current AttributeName is "
                        + current);
            }
            catalog.replace(table, table.definition().withTtlAttribute(null));
        }
        return new JsonText().beginObject().name("TimeToLiveSpecification").beginObject()
                .field("AttributeName", attribute).field("Enabled", enabled)
                .endObject().endObject().toString();
    }

    public String describe(String name) {
        String attribute = catalog.requireNamed(name).definition().ttlAttribute();
        JsonText out = new JsonText().beginObject().name("TimeToLiveDescription").beginObject()
                .field("TimeToLiveStatus", attribute == null ? "DISABLED" : "ENABLED")
                .field("AttributeName", attribute);
        return out.endObject().endObject().toString();
    }
}
