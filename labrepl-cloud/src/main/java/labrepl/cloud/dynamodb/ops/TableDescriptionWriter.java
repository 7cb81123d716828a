package labrepl.cloud.dynamodb.ops;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.StreamSpecification;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableDefinition;

/**
 * Writes a TableDescription with the members DynamoDB sends for each operation, in the
 * order DynamoDB (and so the AWS CLI) shows them.
 */
final class TableDescriptionWriter {

    /** Which operation answers: each shows the table a little differently. */
    enum View {
        /** CreateTable: CREATING, no warm throughput yet. */
        CREATE("CREATING"),
        /** DescribeTable: the full description. */
        DESCRIBE("ACTIVE"),
        /** UpdateTable: UPDATING, the full description otherwise. */
        UPDATE("UPDATING"),
        /** DeleteTable: DELETING, without schema or creation time. */
        DELETE("DELETING");

        private final String status;

        View(String status) {
            this.status = status;
        }
    }

    /** What DynamoDB reports as the warm throughput of an on-demand table. */
    private static final long ON_DEMAND_WARM_READS = 12000;
    private static final long ON_DEMAND_WARM_WRITES = 4000;

    private TableDescriptionWriter() {
    }

    static void write(JsonText out, Table table, View view) {
        TableDefinition definition = table.definition();
        boolean onDemand = definition.billingMode() == BillingMode.PAY_PER_REQUEST;
        out.beginObject();
        if (view != View.DELETE) {
            out.name("AttributeDefinitions").beginArray();
            for (KeyAttribute attribute : definition.attributeDefinitions()) {
                out.beginObject().field("AttributeName", attribute.name())
                        .field("AttributeType", attribute.type().name()).endObject();
            }
            out.endArray();
        }
        out.field("TableName", definition.name());
        if (view != View.DELETE) {
            keySchema(out, definition.keySchema());
        }
        out.field("TableStatus", view.status);
        if (view != View.DELETE) {
            out.name("CreationDateTime").value(epochSeconds(definition.createdAt()));
        }
        out.name("ProvisionedThroughput").beginObject()
                .field("NumberOfDecreasesToday", 0)
                .field("ReadCapacityUnits", definition.readCapacityUnits())
                .field("WriteCapacityUnits", definition.writeCapacityUnits())
                .endObject();
        out.field("TableSizeBytes", table.sizeBytes());
        out.field("ItemCount", table.itemCount());
        out.field("TableArn", definition.arn());
        out.field("TableId", definition.id());
        if (onDemand) {
            out.name("BillingModeSummary").beginObject().field("BillingMode", BillingMode.PAY_PER_REQUEST.name());
            if (view == View.DESCRIBE) {
                out.name("LastUpdateToPayPerRequestDateTime").value(epochSeconds(definition.createdAt()));
            }
            out.endObject();
        }
        if (definition.tableClass() != null) {
            out.name("TableClassSummary").beginObject().field("TableClass", definition.tableClass()).endObject();
        }
        if (view != View.DELETE) {
            writeIndexes(out, table, onDemand, view);
            writeStream(out, definition);
        }
        out.field("DeletionProtectionEnabled", definition.deletionProtection());
        if (view == View.DESCRIBE) {
            out.name("WarmThroughput").beginObject()
                    .field("ReadUnitsPerSecond", onDemand ? ON_DEMAND_WARM_READS : definition.readCapacityUnits())
                    .field("WriteUnitsPerSecond", onDemand ? ON_DEMAND_WARM_WRITES : definition.writeCapacityUnits())
                    .field("Status", "ACTIVE")
                    .endObject();
        }
        out.endObject();
    }

    /** The stream while it is on; the latest stream's label and ARN from the first stream on, as DynamoDB keeps them. */
    private static void writeStream(JsonText out, TableDefinition definition) {
        StreamSpecification stream = definition.stream();
        if (stream == null) {
            return;
        }
        if (stream.enabled()) {
            out.name("StreamSpecification").beginObject().field("StreamEnabled", true)
                    .field("StreamViewType", stream.viewType()).endObject();
        }
        out.field("LatestStreamLabel", stream.latestLabel())
                .field("LatestStreamArn", stream.latestArn(definition.arn()));
    }

    private static void writeIndexes(JsonText out, Table table, boolean onDemand, View view) {
        List<IndexDefinition> local = table.definition().indexes().stream().filter(i -> !i.global()).toList();
        List<IndexDefinition> global = table.definition().indexes().stream().filter(IndexDefinition::global).toList();
        if (!local.isEmpty()) {
            out.name("LocalSecondaryIndexes").beginArray();
            local.forEach(index -> writeIndex(out.beginObject(), table, index).endObject());
            out.endArray();
        }
        if (!global.isEmpty()) {
            out.name("GlobalSecondaryIndexes").beginArray();
            for (IndexDefinition index : global) {
                writeIndex(out.beginObject(), table, index);
                out.field("IndexStatus", view == View.CREATE ? "CREATING" : "ACTIVE");
                out.name("ProvisionedThroughput").beginObject().field("NumberOfDecreasesToday", 0)
                        .field("ReadCapacityUnits", index.readCapacityUnits())
                        .field("WriteCapacityUnits", index.writeCapacityUnits()).endObject();
                if (view == View.DESCRIBE) {
                    out.name("WarmThroughput").beginObject()
                            .field("ReadUnitsPerSecond", onDemand ? ON_DEMAND_WARM_READS : index.readCapacityUnits())
                            .field("WriteUnitsPerSecond", onDemand ? ON_DEMAND_WARM_WRITES : index.writeCapacityUnits())
                            .field("Status", "ACTIVE").endObject();
                }
                out.endObject();
            }
            out.endArray();
        }
    }

    private static JsonText writeIndex(JsonText out, Table table, IndexDefinition index) {
        keySchema(out.field("IndexName", index.name()), index.keySchema());
        out.name("Projection").beginObject().field("ProjectionType", index.projectionType());
        if (!index.nonKeyAttributes().isEmpty()) {
            out.name("NonKeyAttributes").beginArray();
            index.nonKeyAttributes().forEach(out::value);
            out.endArray();
        }
        out.endObject();
        return out.field("IndexSizeBytes", table.indexSizeBytes(index.name()))
                .field("ItemCount", table.indexItemCount(index.name()))
                .field("IndexArn", index.arn());
    }

    private static void keySchema(JsonText out, KeySchema schema) {
        out.name("KeySchema").beginArray();
        schema.partitionKeys().forEach(key -> keyElement(out, key, "HASH"));
        schema.sortKeys().forEach(key -> keyElement(out, key, "RANGE"));
        out.endArray();
    }

    private static void keyElement(JsonText out, KeyAttribute attribute, String keyType) {
        out.beginObject().field("AttributeName", attribute.name()).field("KeyType", keyType).endObject();
    }

    /** DynamoDB sends timestamps as epoch seconds with a millisecond fraction. */
    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }
}
