package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import java.util.Iterator;
import java.util.Map;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * Scan: reads items in key order, one page at a time. A page ends at {@code Limit} items or
 * once 1 MB of item data has been read; either way it carries a LastEvaluatedKey, even when
 * no items remain (DynamoDB only knows the table is exhausted on the next, empty page).
 */
public final class ScanOperation {

    static final long PAGE_BYTES = 1024 * 1024;

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public ScanOperation(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String scan(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        Long limit = request.integer("Limit");
        constraints.range("limit", limit, 1, Integer.MAX_VALUE).throwIfViolated();
        Unsupported.reject(request, "FilterExpression", "ProjectionExpression", "Select", "Segment",
                "TotalSegments", "IndexName", "ScanFilter", "AttributesToGet");
        JsonObject startJson = request.object("ExclusiveStartKey");
        Table table = catalog.require(name);
        Map<String, Value> start = startJson == null ? null : table.keySchema()
                .checkKey(ItemJson.readItem(startJson), "The provided starting key is invalid: " + ItemOperations.KEY_MISMATCH);

        JsonText out = new JsonText().beginObject().name("Items").beginArray();
        Iterator<StoredItem> items = table.scan(start);
        long count = 0;
        long bytes = 0;
        StoredItem last = null;
        boolean pageFull = false;
        while (!pageFull && items.hasNext()) {
            last = items.next();
            out.raw(last.json());
            count++;
            bytes += last.size();
            pageFull = (limit != null && count >= limit) || bytes >= PAGE_BYTES;
        }
        out.endArray().field("Count", count).field("ScannedCount", count);
        if (pageFull) {
            out.name("LastEvaluatedKey");
            ItemJson.writeItem(out, table.keySchema().keyOf(last.item()));
        }
        return out.endObject().toString();
    }
}
