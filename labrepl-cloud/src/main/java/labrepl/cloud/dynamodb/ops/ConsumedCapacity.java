package labrepl.cloud.dynamodb.ops;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.Table;

/**
 * Capacity units one request consumed on one table, with DynamoDB's arithmetic: a read
 * costs one unit per 4 KB (rounded up, at least one; half for an eventually consistent
 * read, double in a transaction), a write one unit per 1 KB of the larger of the old and new
 * item. Index writes are counted per index.
 */
final class ConsumedCapacity {

    private static final long READ_UNIT = 4096;
    private static final long WRITE_UNIT = 1024;

    private final String tableName;
    private double table;
    private final Map<String, Double> globalIndexes = new TreeMap<>();
    private final Map<String, Double> localIndexes = new TreeMap<>();

    ConsumedCapacity(String tableName) {
        this.tableName = tableName;
    }

    /** ReturnConsumedCapacity: INDEXES, TOTAL or NONE (the default). */
    static String mode(JsonRequest request) {
        String mode = request.string("ReturnConsumedCapacity");
        return mode == null ? "NONE" : mode;
    }

    static double readUnits(long bytes, boolean consistent) {
        long units = Math.max(1, (bytes + READ_UNIT - 1) / READ_UNIT);
        return consistent ? units : units / 2.0;
    }

    static long writeUnits(long bytes) {
        return Math.max(1, (bytes + WRITE_UNIT - 1) / WRITE_UNIT);
    }

    /** Adds what another request on the same table consumed (batches report one total per table). */
    void add(ConsumedCapacity other) {
        table += other.table;
        other.globalIndexes.forEach((name, units) -> globalIndexes.merge(name, units, Double::sum));
        other.localIndexes.forEach((name, units) -> localIndexes.merge(name, units, Double::sum));
    }

    void addTable(double units) {
        table += units;
    }

    /** The index writes one item write causes: one per index whose projection of the item changed. */
    void addIndexWrites(Table target, Map<String, Value> oldItem, Map<String, Value> newItem, double multiplier) {
        for (IndexDefinition index : target.definition().indexes()) {
            Map<String, Value> before = oldItem != null && index.keySchema().isKeyedIn(oldItem)
                    ? index.project(oldItem, target.keySchema()) : null;
            Map<String, Value> after = newItem != null && index.keySchema().isKeyedIn(newItem)
                    ? index.project(newItem, target.keySchema()) : null;
            if (before == null && after == null || before != null && before.equals(after)) {
                continue;
            }
            double units = 0;
            boolean keyChanged = before != null && after != null
                    && !index.keySchema().keyOf(before).equals(index.keySchema().keyOf(after));
            if (before != null && (after == null || keyChanged)) {
                units += writeUnits(ItemSize.of(before));
            }
            if (after != null) {
                units += writeUnits(ItemSize.of(after));
            }
            (index.global() ? globalIndexes : localIndexes).merge(index.name(), units * multiplier, Double::sum);
        }
    }

    /** Reads through an index are charged to the index, not the table. */
    void addIndexRead(IndexDefinition index, double units) {
        (index.global() ? globalIndexes : localIndexes).merge(index.name(), units, Double::sum);
    }

    double total() {
        return table + globalIndexes.values().stream().mapToDouble(Double::doubleValue).sum()
                + localIndexes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Writes {@code "ConsumedCapacity": {...}} when the mode asks for it. */
    void writeMember(JsonText out, String mode) {
        if (!mode.equals("NONE")) {
            write(out.name("ConsumedCapacity"), mode);
        }
    }

    void write(JsonText out, String mode) {
        out.beginObject().field("TableName", tableName).name("CapacityUnits").value(total());
        if (mode.equals("INDEXES")) {
            out.name("Table").beginObject().name("CapacityUnits").value(table).endObject();
            writeIndexes(out, "GlobalSecondaryIndexes", globalIndexes);
            writeIndexes(out, "LocalSecondaryIndexes", localIndexes);
        }
        out.endObject();
    }

    private static void writeIndexes(JsonText out, String member, Map<String, Double> indexes) {
        if (!indexes.isEmpty()) {
            out.name(member).beginObject();
            indexes.forEach((name, units) -> out.name(name).beginObject().name("CapacityUnits").value(units).endObject());
            out.endObject();
        }
    }
}
