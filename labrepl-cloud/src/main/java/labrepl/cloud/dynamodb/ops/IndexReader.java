package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;

/** Reads the secondary indexes of a CreateTable (or the index an UpdateTable creates). */
final class IndexReader {

    static final int MAX_GLOBAL = 20;
    static final int MAX_LOCAL = 5;

    /** An index as given, before it is checked against the table. */
    record Spec(String name, List<KeySchemaReader.Element> keys, String projectionType, List<String> nonKeyAttributes,
                Long read, Long write, boolean throughputGiven) {
    }

    private IndexReader() {
    }

    static List<Spec> readList(JsonArray array, String path, boolean global, Constraints constraints) {
        List<Spec> specs = new ArrayList<>();
        List<JsonRequest> elements = KeySchemaReader.list(array);
        for (int i = 0; i < elements.size(); i++) {
            specs.add(read(elements.get(i), path + "." + (i + 1) + ".member.", global, constraints));
        }
        return specs;
    }

    static Spec read(JsonRequest index, String path, boolean global, Constraints constraints) {
        String name = index.string("IndexName");
        constraints.notNull(path + "indexName", name).pattern(path + "indexName", name, TableNames.NAME)
                .length(path + "indexName", name, 3, 255);
        List<KeySchemaReader.Element> keys = KeySchemaReader.read(index.array("KeySchema"), path + "keySchema", constraints);
        JsonObject projectionJson = index.object("Projection");
        constraints.notNull(path + "projection", projectionJson);
        String type = null;
        List<String> nonKey = List.of();
        if (projectionJson != null) {
            JsonRequest projection = new JsonRequest(projectionJson);
            type = projection.string("ProjectionType");
            constraints.oneOf(path + "projection.projectionType", type, IndexDefinition.PROJECTION_TYPES);
            JsonArray attributes = projection.array("NonKeyAttributes");
            if (attributes != null) {
                List<String> names = new ArrayList<>();
                attributes.forEach(a -> names.add(a.getAsString()));
                constraints.size(path + "projection.nonKeyAttributes", names, 1, 20, names.toString());
                nonKey = names;
                if (type != null && !type.equals("INCLUDE")) {
                    throw DynamoDbError.invalidParameter("ProjectionType is " + type + ", but NonKeyAttributes is specified");
                }
            }
        }
        Long read = null;
        Long write = null;
        JsonObject throughput = global ? index.object("ProvisionedThroughput") : null;
        if (throughput != null) {
            JsonRequest units = new JsonRequest(throughput);
            read = units.integer("ReadCapacityUnits");
            write = units.integer("WriteCapacityUnits");
            constraints.notNull(path + "provisionedThroughput.readCapacityUnits", read)
                    .range(path + "provisionedThroughput.readCapacityUnits", read, 1, Long.MAX_VALUE)
                    .notNull(path + "provisionedThroughput.writeCapacityUnits", write)
                    .range(path + "provisionedThroughput.writeCapacityUnits", write, 1, Long.MAX_VALUE);
        }
        return new Spec(name, keys, type == null ? "ALL" : type, nonKey, read, write, throughput != null);
    }

    /** The index checked against the table's key schema, attribute definitions and billing. */
    static IndexDefinition define(Spec spec, boolean global, KeySchema tableKeys, Map<String, KeyAttribute> definitions,
                                  BillingMode billing, String tableArn) {
        KeySchema keys = KeySchemaReader.build(spec.keys(), definitions);
        if (!global) {
            if (keys.sortKey().isEmpty()) {
                throw DynamoDbError.invalidParameter("Index KeySchema does not have a range key for index: " + spec.name());
            }
            if (!keys.partition().name().equals(tableKeys.partition().name())) {
                throw DynamoDbError.invalidParameter("Index KeySchema does not have the same leading hash key as table "
                        + "KeySchema for index: " + spec.name() + ". index hash key: " + keys.partition().name()
                        + ", table hash key: " + tableKeys.partition().name());
            }
        }
        if (global && billing == BillingMode.PAY_PER_REQUEST && spec.throughputGiven()) {
            throw DynamoDbError.invalidParameter("ProvisionedThroughput should not be specified for index: " + spec.name()
                    + " when BillingMode is PAY_PER_REQUEST");
        }
        if (global && billing == BillingMode.PROVISIONED && !spec.throughputGiven()) {
            throw DynamoDbError.invalidParameter("ProvisionedThroughput must be specified for index: " + spec.name());
        }
        return new IndexDefinition(spec.name(), global, keys, spec.projectionType(), spec.nonKeyAttributes(),
                spec.read() == null ? 0 : spec.read(), spec.write() == null ? 0 : spec.write(),
                tableArn + "/index/" + spec.name());
    }

    /** Checks names are unique across both kinds and the per-table limits. */
    static void checkNames(List<IndexDefinition> indexes, Set<String> existing) {
        for (IndexDefinition index : indexes) {
            if (!existing.add(index.name())) {
                throw DynamoDbError.invalidParameter("Duplicate index name: " + index.name());
            }
        }
        long global = indexes.stream().filter(IndexDefinition::global).count();
        if (global > MAX_GLOBAL) {
            throw DynamoDbError.invalidParameter("GlobalSecondaryIndex count exceeds the per-table limit of " + MAX_GLOBAL);
        }
        if (indexes.size() - global > MAX_LOCAL) {
            throw DynamoDbError.invalidParameter("Number of LocalSecondaryIndexes exceeds per-table limit of " + MAX_LOCAL);
        }
    }
}
