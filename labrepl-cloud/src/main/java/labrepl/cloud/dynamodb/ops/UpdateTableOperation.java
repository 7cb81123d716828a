package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.dynamodb.table.TableDefinition;

/**
 * UpdateTable: billing mode, provisioned throughput, deletion protection, and creating,
 * deleting or changing the throughput of global secondary indexes. A new index is filled from the table's items before
 * the call returns, so it can be queried at once.
 */
public final class UpdateTableOperation {

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public UpdateTableOperation(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String updateTable(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.readForTableOperation(request.string("TableName"), identity, constraints);
        String billing = request.string("BillingMode");
        constraints.oneOf("billingMode", billing, BillingMode.NAMES);
        Throughput throughput = Throughput.read(request, constraints);
        Map<String, KeyAttribute> newDefinitions = request.has("AttributeDefinitions")
                ? TableOperations.readDefinitions(request, constraints) : Map.of();
        List<JsonRequest> updates = KeySchemaReader.list(request.array("GlobalSecondaryIndexUpdates"));
        List<IndexReader.Spec> creates = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        Map<String, Throughput> changes = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            String path = "globalSecondaryIndexUpdates." + (i + 1) + ".member.";
            JsonRequest update = updates.get(i);
            if (update.has("Create")) {
                creates.add(IndexReader.read(new JsonRequest(update.object("Create")), path + "create.", true, constraints));
            } else if (update.has("Delete")) {
                deletes.add(new JsonRequest(update.object("Delete")).string("IndexName"));
            } else if (update.has("Update")) {
                JsonRequest change = new JsonRequest(update.object("Update"));
                changes.put(change.string("IndexName"), Throughput.read(change, constraints));
            }
        }
        constraints.throwIfViolated();
        Unsupported.reject(request, "StreamSpecification", "ReplicaUpdates", "SSESpecification");
        if (billing == null && !throughput.given() && updates.isEmpty() && !request.has("DeletionProtectionEnabled")
                && !request.has("TableClass")) {
            throw DynamoDbError.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        Table table = catalog.requireNamed(name);
        TableDefinition definition = table.definition();
        BillingMode mode = billing == null ? definition.billingMode() : BillingMode.valueOf(billing);
        if (billing != null || throughput.given()) {
            if (billing != null || mode == BillingMode.PAY_PER_REQUEST) {
                throughput.checkAgainst(mode);
            }
            long read = mode == BillingMode.PAY_PER_REQUEST ? 0 : throughput.given() ? throughput.read() : definition.readCapacityUnits();
            long write = mode == BillingMode.PAY_PER_REQUEST ? 0 : throughput.given() ? throughput.write() : definition.writeCapacityUnits();
            catalog.replace(table, table.definition().withBilling(mode, read, write));
        }
        if (request.has("DeletionProtectionEnabled")) {
            catalog.replace(table, table.definition().withDeletionProtection(request.bool("DeletionProtectionEnabled")));
        }
        for (String indexName : deletes) {
            if (table.definition().index(indexName).filter(IndexDefinition::global).isEmpty()) {
                throw DynamoDbError.resourceNotFound("Requested resource not found: Index: " + indexName + " not found");
            }
            catalog.dropIndex(table, indexName);
        }
        for (Map.Entry<String, Throughput> change : changes.entrySet()) {
            IndexDefinition index = table.definition().index(change.getKey()).filter(IndexDefinition::global)
                    .orElseThrow(() -> DynamoDbError.resourceNotFound(
                            "Requested resource not found: Index: " + change.getKey() + " not found"));
            if (mode == BillingMode.PAY_PER_REQUEST) {
                throw DynamoDbError.invalidParameter("ProvisionedThroughput should not be specified for index: "
                        + index.name() + " when BillingMode is PAY_PER_REQUEST");
            }
            catalog.replaceIndex(table, index.withThroughput(change.getValue().read(), change.getValue().write()));
        }
        for (IndexReader.Spec spec : creates) {
            createIndex(table, spec, newDefinitions, mode);
        }
        return TableOperations.describe("TableDescription", table, TableDescriptionWriter.View.UPDATE);
    }

    private void createIndex(Table table, IndexReader.Spec spec, Map<String, KeyAttribute> given, BillingMode mode) {
        TableDefinition definition = table.definition();
        Map<String, KeyAttribute> definitions = new LinkedHashMap<>();
        definition.attributeDefinitions().forEach(a -> definitions.put(a.name(), a));
        given.forEach(definitions::putIfAbsent);
        IndexDefinition index = IndexReader.define(spec, true, definition.keySchema(), definitions, mode, definition.arn());
        Set<String> names = new HashSet<>();
        definition.indexes().forEach(existing -> names.add(existing.name()));
        if (names.contains(index.name())) {
            throw DynamoDbError.validation("One or more parameter values were invalid: Index already exists: " + index.name());
        }
        List<IndexDefinition> all = new ArrayList<>(definition.indexes());
        all.add(index);
        IndexReader.checkNames(all, new HashSet<>());
        Set<String> used = new HashSet<>();
        for (KeyAttribute key : definition.keySchema().attributes()) {
            used.add(key.name());
        }
        all.forEach(i -> {
            for (KeyAttribute key : i.keySchema().attributes()) {
                used.add(key.name());
            }
        });
        definitions.keySet().retainAll(used);
        catalog.addIndex(table, index, new ArrayList<>(definitions.values()));
    }
}
