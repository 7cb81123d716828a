package labrepl.cloud.dynamodb.ops;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.ConditionEvaluator;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;

/**
 * Reads one page of a Query or Scan. A page ends after {@code Limit} items have been read
 * (before the filter) or once 1 MB of item data has been read; either way it carries a
 * LastEvaluatedKey, even when no items remain (DynamoDB learns that on the next, empty page).
 * Capacity is charged on the bytes read, filtered out or not.
 */
final class PageReader {

    static final long PAGE_BYTES = 1024 * 1024;

    private PageReader() {
    }

    /**
     * @param entries  the items in reading order
     * @param inRange  false for the first item past the read's range, which ends it
     * @param skip     true for items the read passes over without counting them (other scan
     *                 segments); null when none are passed over
     */
    static String read(Table table, IndexDefinition index, Iterator<Table.Entry> entries, Predicate<byte[]> inRange,
                       Predicate<Map<String, Value>> skip, Long limit, Condition filter, ReadSelection selection,
                       boolean consistent, String capacityMode) {
        JsonText out = new JsonText().beginObject();
        if (!selection.countOnly()) {
            out.name("Items").beginArray();
        }
        long scanned = 0;
        long count = 0;
        long bytes = 0;
        long indexBytes = 0;
        StoredItem last = null;
        boolean pageFull = false;
        // Most reads return items as stored: their JSON text is copied without being parsed.
        boolean asStored = filter == null && skip == null && selection.returnsStoredItems();
        while (!pageFull && entries.hasNext()) {
            Table.Entry entry = entries.next();
            if (!inRange.test(entry.key())) {
                break;
            }
            StoredItem stored = entry.item();
            if (skip != null && skip.test(stored.item())) {
                continue;
            }
            scanned++;
            bytes += stored.size();
            if (index != null) {
                indexBytes += index.projectionType().equals("ALL") ? stored.size()
                        : ItemSize.of(index.project(stored.item(), table.keySchema()));
            }
            last = stored;
            if (asStored) {
                count++;
                if (!selection.countOnly()) {
                    out.raw(stored.json());
                }
            } else if (filter == null || ConditionEvaluator.matches(filter, stored.item())) {
                count++;
                if (!selection.countOnly()) {
                    ItemJson.writeItem(out, selection.shape(stored.item()));
                }
            }
            pageFull = (limit != null && scanned >= limit) || bytes >= PAGE_BYTES;
        }
        if (!selection.countOnly()) {
            out.endArray();
        }
        out.field("Count", count).field("ScannedCount", scanned);
        if (pageFull) {
            ItemJson.writeItem(out.name("LastEvaluatedKey"), lastEvaluatedKey(table, index, last.item()));
        }
        ConsumedCapacity capacity = new ConsumedCapacity(table.definition().name());
        if (index == null) {
            capacity.addTable(ConsumedCapacity.readUnits(bytes, consistent));
        } else {
            // Reading an index costs what the index holds; fetching unprojected attributes costs table reads besides.
            capacity.addIndexRead(index, ConsumedCapacity.readUnits(indexBytes, consistent));
            if (selection.fetchesFromTable()) {
                capacity.addTable(ConsumedCapacity.readUnits(bytes, consistent));
            }
        }
        capacity.writeMember(out, capacityMode);
        return out.endObject().toString();
    }

    /** The table's key attributes, and the index's when reading an index. */
    private static Map<String, Value> lastEvaluatedKey(Table table, IndexDefinition index, Map<String, Value> item) {
        Map<String, Value> key = new LinkedHashMap<>(table.keySchema().keyOf(item));
        if (index != null) {
            for (KeyAttribute attribute : index.keySchema().attributes()) {
                key.put(attribute.name(), item.get(attribute.name()));
            }
        }
        return key;
    }
}
