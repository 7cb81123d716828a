package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.streams.StreamCatalog;
import labrepl.cloud.dynamodb.streams.ViewType;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.dynamodb.table.TableDefinition;

/**
 * UpdateTable: billing mode, provisioned throughput, deletion protection, the table's stream, and
 * creating, deleting or changing the throughput of global secondary indexes. A new index is filled
 * from the table's items before the call returns, so it can be queried at once.
 */
public final class UpdateTableOperation {

    /** DynamoDB creates or deletes this many indexes in one UpdateTable at most (it says "1", and allows 5). */
    private static final int MAX_INDEX_UPDATES = 5;
    private static final long MAX_UNITS = 1_000_000_000_000L;

    /** An UpdateTable as read. */
    public record Request(String table, BillingMode billing, Throughput throughput, Map<String, KeyAttribute> definitions,
                          List<IndexReader.Spec> creates, List<String> deletes, Map<String, Throughput> changes,
                          int indexUpdates, Boolean deletionProtection, String tableClass, StreamChange stream) {
    }

    /** A stream turned on with a view type ({@code viewType} non-null) or off. */
    record StreamChange(ViewType viewType) {
        boolean enables() {
            return viewType != null;
        }
    }

    private final TableCatalog catalog;
    private final StreamCatalog streams;

    public UpdateTableOperation(TableCatalog catalog, StreamCatalog streams) {
        this.catalog = catalog;
        this.streams = streams;
    }

    public static Request read(JsonRequest request) {
        BillingMode billing = request.has("BillingMode") ? BillingMode.valueOf(request.string("BillingMode")) : null;
        Throughput throughput = Throughput.read(request);
        List<JsonElement> updates = request.has("GlobalSecondaryIndexUpdates")
                ? request.array("GlobalSecondaryIndexUpdates").asList() : List.of();
        if (billing == null && !throughput.given() && updates.isEmpty() && !request.has("DeletionProtectionEnabled")
                && !request.has("TableClass") && !request.has("SSESpecification") && !request.has("StreamSpecification")
                && !request.has("ReplicaUpdates")) {
            throw DynamoDbError.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        if (billing == BillingMode.PROVISIONED && !throughput.given()) {
            throw DynamoDbError.invalidParameter("ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
        }
        throughput.checkBounds();
        List<IndexReader.Spec> creates = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        Map<String, Throughput> changes = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        for (JsonElement element : updates) {
            JsonObject update = element.getAsJsonObject();
            if (!update.has("Update") && !update.has("Create") && !update.has("Delete")) {
                throw DynamoDbError.invalidParameter("One of GlobalSecondaryIndexUpdate.Update, "
                        + "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
            }
            String action = update.has("Update") ? "Update" : update.has("Create") ? "Create" : "Delete";
            JsonObject body = update.getAsJsonObject(action);
            String indexName = body.get("IndexName").getAsString();
            if (!named.add(indexName)) {
                throw DynamoDbError.invalidParameter("Only one global secondary index update per index is allowed "
                        + "simultaneously. Index: " + indexName);
            }
            switch (action) {
                case "Create" -> creates.add(IndexReader.read(body));
                case "Delete" -> deletes.add(indexName);
                default -> changes.put(indexName, Throughput.read(new JsonRequest(body)));
            }
        }
        StreamChange stream = readStream(request, billing, throughput, !creates.isEmpty() || !deletes.isEmpty());
        Unsupported.reject(request, "ReplicaUpdates", "SSESpecification");
        return new Request(request.string("TableName"), billing, throughput, TableOperations.readDefinitions(request),
                creates, deletes, changes, updates.size(), request.bool("DeletionProtectionEnabled"),
                request.string("TableClass"), stream);
    }

    /** The stream change asked for, or null; DynamoDB changes a stream apart from throughput and indexes. */
    private static StreamChange readStream(JsonRequest request, BillingMode billing, Throughput throughput,
                                           boolean indexesChange) {
        if (!request.has("StreamSpecification")) {
            return null;
        }
        JsonRequest stream = new JsonRequest(request.object("StreamSpecification"));
        String viewType = stream.string("StreamViewType");
        if (stream.bool("StreamEnabled") && viewType == null) {
            throw DynamoDbError.invalidParameter("If stream is being enabled then UpdateViewType is required");
        }
        if (!stream.bool("StreamEnabled") && viewType != null) {
            throw DynamoDbError.invalidParameter("If stream is being disabled, then UpdateViewType must not be specified");
        }
        if (throughput.given() || billing == BillingMode.PROVISIONED) {
            throw DynamoDbError.invalidParameter("You cannot modify stream status while updating table IOPS");
        }
        if (indexesChange) {
            throw DynamoDbError.invalidParameter("You cannot create or delete index while changing stream status");
        }
        return new StreamChange(viewType == null ? null : ViewType.valueOf(viewType));
    }

    public String run(Request update) {
        Table table = catalog.requireNamed(update.table());
        TableDefinition definition = table.definition();
        checkStream(update.stream(), definition);
        BillingMode mode = update.billing() == null ? definition.billingMode() : update.billing();
        if (update.throughput().given() && mode == BillingMode.PAY_PER_REQUEST) {
            update.throughput().checkAgainst(mode);
        }
        if (update.indexUpdates() > MAX_INDEX_UPDATES) {
            throw new DynamoDbError(DynamoDbError.Type.LIMIT_EXCEEDED,
                    "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
        }
        for (Map.Entry<String, Throughput> change : update.changes().entrySet()) {
            Throughput units = change.getValue();
            if (units.read() > MAX_UNITS || units.write() > MAX_UNITS) {
                throw DynamoDbError.validation("This operation cannot be performed with given input values. Please "
                        + "contact DynamoDB service team for more info: Action Blocked: IndexUpdate");
            }
        }
        if (update.throughput().given() && mode == definition.billingMode()
                && update.throughput().read() == definition.readCapacityUnits()
                && update.throughput().write() == definition.writeCapacityUnits()) {
            throw DynamoDbError.validation("The provisioned throughput for the table will not change. The requested "
                    + "value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                    + definition.readCapacityUnits() + ". Requested ReadCapacityUnits: " + update.throughput().read()
                    + ". Current WriteCapacityUnits provisioned for the table: " + definition.writeCapacityUnits()
                    + ". Requested WriteCapacityUnits: " + update.throughput().write() + ". Refer to the Amazon DynamoDB "
                    + "Developer Guide for current limits and how to request higher limits.");
        }
        if (update.billing() != null || update.throughput().given()) {
            long read = mode == BillingMode.PAY_PER_REQUEST ? 0
                    : update.throughput().given() ? update.throughput().read() : definition.readCapacityUnits();
            long write = mode == BillingMode.PAY_PER_REQUEST ? 0
                    : update.throughput().given() ? update.throughput().write() : definition.writeCapacityUnits();
            catalog.replace(table, table.definition().withBilling(mode, read, write));
        }
        if (update.deletionProtection() != null) {
            catalog.replace(table, table.definition().withDeletionProtection(update.deletionProtection()));
        }
        if (update.tableClass() != null) {
            catalog.replace(table, table.definition().withTableClass(update.tableClass()));
        }
        for (String indexName : update.deletes()) {
            if (table.definition().index(indexName).filter(IndexDefinition::global).isEmpty()) {
                throw DynamoDbError.resourceNotFound("Requested resource not found: Index: " + indexName + " not found");
            }
            catalog.dropIndex(table, indexName);
        }
        for (Map.Entry<String, Throughput> change : update.changes().entrySet()) {
            IndexDefinition index = table.definition().index(change.getKey()).filter(IndexDefinition::global)
                    .orElseThrow(() -> DynamoDbError.resourceNotFound(
                            "Requested resource not found: Index: " + change.getKey() + " not found"));
            if (mode == BillingMode.PAY_PER_REQUEST) {
                throw DynamoDbError.invalidParameter("ProvisionedThroughput should not be specified for index: "
                        + index.name() + " when BillingMode is PAY_PER_REQUEST");
            }
            catalog.replaceIndex(table, index.withThroughput(change.getValue().read(), change.getValue().write()));
        }
        for (IndexReader.Spec spec : update.creates()) {
            createIndex(table, spec, update.definitions(), mode);
        }
        if (update.stream() != null && update.stream().enables()) {
            catalog.replace(table, table.definition().withStream(streams.enable(table, update.stream().viewType())));
        } else if (update.stream() != null) {
            streams.disable(table);
            catalog.replace(table, table.definition().withStream(table.definition().stream().disabled()));
        }
        return TableOperations.describe("TableDescription", table, TableDescriptionWriter.View.UPDATE);
    }

    /** A stream is turned on only when it is off, and off only when it is on, whatever its view type. */
    private static void checkStream(StreamChange change, TableDefinition definition) {
        boolean on = definition.stream() != null && definition.stream().enabled();
        if (change != null && change.enables() && on) {
            throw DynamoDbError.validation("Table already has an enabled stream: TableName: " + definition.name());
        }
        if (change != null && !change.enables() && !on) {
            throw DynamoDbError.validation("Table has no stream to disable: TableName: " + definition.name());
        }
    }

    private void createIndex(Table table, IndexReader.Spec spec, Map<String, KeyAttribute> given, BillingMode mode) {
        TableDefinition definition = table.definition();
        Map<String, KeyAttribute> definitions = new LinkedHashMap<>();
        definition.attributeDefinitions().forEach(a -> definitions.put(a.name(), a));
        given.forEach(definitions::putIfAbsent);
        if (definition.index(spec.name()).isPresent()) {
            throw DynamoDbError.invalidParameter("Index already exists: " + spec.name());
        }
        Set<String> names = new HashSet<>();
        definition.indexes().forEach(existing -> names.add(existing.name()));
        IndexReader.checkGlobal(spec, new ArrayList<>(definitions.keySet()), mode, names);
        IndexReader.checkThroughput(spec, mode);
        if (definition.indexes().stream().filter(IndexDefinition::global).count() >= IndexReader.MAX_GLOBAL) {
            throw DynamoDbError.invalidParameter("GlobalSecondaryIndex count exceeds the per-table limit of "
                    + IndexReader.MAX_GLOBAL);
        }
        IndexDefinition index = IndexReader.define(spec, true, definitions, definition.arn());
        Set<String> used = new HashSet<>();
        for (KeyAttribute key : definition.keySchema().attributes()) {
            used.add(key.name());
        }
        List<IndexDefinition> all = new ArrayList<>(definition.indexes());
        all.add(index);
        all.forEach(i -> {
            for (KeyAttribute key : i.keySchema().attributes()) {
                used.add(key.name());
            }
        });
        definitions.keySet().retainAll(used);
        catalog.addIndex(table, index, new ArrayList<>(definitions.values()));
    }
}
