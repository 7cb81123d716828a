package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;

/** Reads the secondary indexes of a CreateTable (or the index an UpdateTable creates) and checks each. */
final class IndexReader {

    static final int MAX_GLOBAL = 20;
    static final int MAX_LOCAL = 5;

    /**
     * An index as given, before it is checked against the table.
     *
     * @param projectionType null when the request named none
     * @param nonKeyAttributes null when absent
     */
    record Spec(String name, List<KeySchemaReader.Element> keys, String projectionType, List<String> nonKeyAttributes,
                Throughput throughput) {
    }

    private IndexReader() {
    }

    static List<Spec> readList(JsonArray array) {
        List<Spec> specs = new ArrayList<>();
        if (array != null) {
            for (JsonElement element : array) {
                specs.add(read(element.getAsJsonObject()));
            }
        }
        return specs;
    }

    static Spec read(JsonObject index) {
        JsonObject projection = index.getAsJsonObject("Projection");
        String type = projection.has("ProjectionType") ? projection.get("ProjectionType").getAsString() : null;
        List<String> nonKey = null;
        if (projection.has("NonKeyAttributes")) {
            nonKey = new ArrayList<>();
            for (JsonElement attribute : projection.getAsJsonArray("NonKeyAttributes")) {
                nonKey.add(attribute.getAsString());
            }
        }
        return new Spec(index.get("IndexName").getAsString(), KeySchemaReader.read(index.getAsJsonArray("KeySchema")),
                type, nonKey, Throughput.read(new JsonRequest(index)));
    }

    /** A local index: defined keys, the table's partition key and a sort key of its own. */
    static void checkLocal(Spec spec, List<String> definitions, String tablePartition, Set<String> names) {
        KeySchemaReader.checkDefined(spec.keys(), definitions);
        KeySchemaReader.checkOrder(spec.keys());
        if (spec.keys().size() != 2) {
            throw DynamoDbError.invalidParameter("Index KeySchema does not have a range key for index: " + spec.name());
        }
        String partition = spec.keys().get(0).attributeName();
        if (!partition.equals(tablePartition)) {
            throw DynamoDbError.invalidParameter("Index KeySchema does not have the same leading hash key as table "
                    + "KeySchema for index: " + spec.name() + ". index hash key: " + partition + ", table hash key: "
                    + tablePartition);
        }
        checkProjection(spec);
        checkUnique(spec, names);
    }

    /** A global index: defined keys in order, and throughput only on a provisioned table. */
    static void checkGlobal(Spec spec, List<String> definitions, BillingMode billing, Set<String> names) {
        KeySchemaReader.checkDefined(spec.keys(), definitions);
        KeySchemaReader.checkGlobalOrder(spec.keys());
        checkProjection(spec);
        if (billing == BillingMode.PAY_PER_REQUEST && spec.throughput().given()) {
            throw DynamoDbError.invalidParameter("ProvisionedThroughput should not be specified for index: " + spec.name()
                    + " when BillingMode is PAY_PER_REQUEST");
        }
        checkUnique(spec, names);
    }

    /** What DynamoDB checks of a global index once the whole table is known. */
    static void checkThroughput(Spec spec, BillingMode billing) {
        if (billing == BillingMode.PROVISIONED && !spec.throughput().given()) {
            throw DynamoDbError.invalidParameter("ProvisionedThroughput is not specified for index: " + spec.name());
        }
        spec.throughput().checkBounds();
    }

    private static void checkProjection(Spec spec) {
        if (spec.projectionType() == null) {
            throw DynamoDbError.invalidParameter("Unknown ProjectionType: null");
        }
        if (spec.nonKeyAttributes() != null && !spec.projectionType().equals("INCLUDE")) {
            throw DynamoDbError.invalidParameter("ProjectionType is " + spec.projectionType()
                    + ", but NonKeyAttributes is specified");
        }
        if (spec.nonKeyAttributes() == null && spec.projectionType().equals("INCLUDE")) {
            throw DynamoDbError.invalidParameter("ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (spec.nonKeyAttributes() != null) {
            Set<String> seen = new HashSet<>();
            for (String attribute : spec.nonKeyAttributes()) {
                if (!seen.add(attribute)) {
                    throw DynamoDbError.invalidParameter("Duplicate element in NonKeyAttributes: " + attribute);
                }
            }
        }
    }

    private static void checkUnique(Spec spec, Set<String> names) {
        if (!names.add(spec.name())) {
            throw DynamoDbError.invalidParameter("Duplicate index name: " + spec.name());
        }
    }

    static IndexDefinition define(Spec spec, boolean global, Map<String, KeyAttribute> definitions, String tableArn) {
        return new IndexDefinition(spec.name(), global, KeySchemaReader.build(spec.keys(), definitions),
                spec.projectionType(), spec.nonKeyAttributes() == null ? List.of() : spec.nonKeyAttributes(),
                spec.throughput().read(), spec.throughput().write(), tableArn + "/index/" + spec.name());
    }
}
