package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.Constraints;
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
    private final CloudIdentity identity;

    public TimeToLiveOperations(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String updateTimeToLive(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.readForTableOperation(request.string("TableName"), identity, constraints);
        JsonObject specification = request.object("TimeToLiveSpecification");
        constraints.notNull("timeToLiveSpecification", specification);
        String attribute = null;
        Boolean enabled = null;
        if (specification != null) {
            JsonRequest spec = new JsonRequest(specification);
            attribute = spec.string("AttributeName");
            enabled = spec.bool("Enabled");
            constraints.notNull("timeToLiveSpecification.attributeName", attribute)
                    .length("timeToLiveSpecification.attributeName", attribute, 1, 255)
                    .notNull("timeToLiveSpecification.enabled", enabled);
        }
        constraints.throwIfViolated();
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
                .field("AttributeName", attribute).field("Enabled", enabled.booleanValue())
                .endObject().endObject().toString();
    }

    public String describeTimeToLive(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.readForTableOperation(request.string("TableName"), identity, constraints);
        constraints.throwIfViolated();
        String attribute = catalog.requireNamed(name).definition().ttlAttribute();
        JsonText out = new JsonText().beginObject().name("TimeToLiveDescription").beginObject()
                .field("TimeToLiveStatus", attribute == null ? "DISABLED" : "ENABLED")
                .field("AttributeName", attribute);
        return out.endObject().endObject().toString();
    }
}
