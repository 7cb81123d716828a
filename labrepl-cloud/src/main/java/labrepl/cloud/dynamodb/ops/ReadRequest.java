package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * What Query and Scan share, as read: table, index, Limit, Select, ConsistentRead,
 * ExclusiveStartKey, the projection and the filter (with the member it came from, for messages).
 */
record ReadRequest(String tableName, String indexName, Long limit, String select, boolean consistent,
                   Map<String, Value> exclusiveStartKey, String capacityMode, List<Path> projection, Condition filter,
                   String filterMember) {

    /** Messages about a starting key's values that DynamoDB sends without "The provided starting key is invalid". */
    private static final Pattern BARE_VALUE_MESSAGES = Pattern.compile(
            "contains duplicates|number set|numeric value|significant digits|number with magnitude");

    static ReadRequest of(JsonRequest request, Map<String, Value> startKey, List<Path> projection, Condition filter,
                          String filterMember) {
        Long limit = request.integer("Limit");
        return new ReadRequest(request.string("TableName"), request.string("IndexName"), limit,
                ReadSelection.checkSelect(request.string("Select"), projection, request.string("IndexName")),
                Boolean.TRUE.equals(request.bool("ConsistentRead")), startKey, ConsumedCapacity.mode(request),
                projection, filter, filterMember);
    }

    /** ExclusiveStartKey's values, checked; null when absent. */
    static Map<String, Value> readStartKey(JsonRequest request) {
        JsonObject json = request.object("ExclusiveStartKey");
        if (json == null) {
            return null;
        }
        Map<String, Value> key = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> attribute : json.entrySet()) {
            try {
                key.put(attribute.getKey(), ItemJson.readValue(attribute.getValue()));
            } catch (DynamoDbError error) {
                if (error.type() != DynamoDbError.Type.VALIDATION || BARE_VALUE_MESSAGES.matcher(error.getMessage()).find()) {
                    throw error;
                }
                throw DynamoDbError.validation("The provided starting key is invalid: " + error.getMessage());
            }
        }
        return key;
    }

    /** What a read reads: the table, the index (or null) and the key schema it is ordered by. */
    record Source(Table table, IndexDefinition index, KeySchema schema) {
    }

    /**
     * The table and index read, after checking the index exists (and is not read consistently when
     * global) and that the starting key has as many attributes as a key of the two has.
     */
    Source source(TableCatalog catalog, String startKeySizeMessage) {
        Table table = catalog.require(tableName);
        IndexDefinition index = index(table);
        if (exclusiveStartKey != null && exclusiveStartKey.size() != startKeySize(table, index)) {
            throw DynamoDbError.validation(startKeySizeMessage);
        }
        return new Source(table, index, index == null ? table.keySchema() : index.keySchema());
    }

    private IndexDefinition index(Table table) {
        if (indexName == null) {
            return null;
        }
        IndexDefinition index = table.definition().index(indexName).orElseThrow(() ->
                DynamoDbError.validation("The table does not have the specified index: " + indexName));
        if (consistent && index.global()) {
            throw DynamoDbError.validation("Consistent reads are not supported on global secondary indexes");
        }
        return index;
    }

    /** How many attributes a starting key has: the table's key, and the index's key attributes besides. */
    private static int startKeySize(Table table, IndexDefinition index) {
        int size = table.keySchema().attributes().size();
        if (index != null) {
            for (KeyAttribute attribute : index.keySchema().attributes()) {
                size += table.keySchema().has(attribute.name()) ? 0 : 1;
            }
        }
        return size;
    }

    /** The table's part of the starting key, checked against the table's key schema. */
    Map<String, Value> tableStartKey(Table table) {
        Map<String, Value> key = new LinkedHashMap<>();
        for (KeyAttribute attribute : table.keySchema().attributes()) {
            Value value = exclusiveStartKey.get(attribute.name());
            if (value != null) {
                key.put(attribute.name(), value);
            }
        }
        try {
            return table.keySchema().checkKey(key, ItemOperations.KEY_MISMATCH);
        } catch (DynamoDbError error) {
            throw DynamoDbError.validation("The provided starting key is invalid: " + error.getMessage());
        }
    }
}
