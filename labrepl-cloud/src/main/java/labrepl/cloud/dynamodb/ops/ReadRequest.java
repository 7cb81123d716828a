package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import java.util.Map;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/** The members Query and Scan share: table, index, Limit, Select, ConsistentRead, ExclusiveStartKey. */
record ReadRequest(String tableName, String indexName, Long limit, String select, boolean consistent,
                   JsonObject exclusiveStartKey, String capacityMode) {

    static ReadRequest read(JsonRequest request, CloudIdentity identity, Constraints constraints) {
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        String indexName = request.string("IndexName");
        constraints.pattern("indexName", indexName, TableNames.NAME).length("indexName", indexName, 3, 255);
        Long limit = request.integer("Limit");
        constraints.range("limit", limit, 1, Integer.MAX_VALUE);
        String select = ReadSelection.readSelect(request, constraints);
        String capacityMode = ConsumedCapacity.mode(request, constraints);
        return new ReadRequest(name, indexName, limit, select, Boolean.TRUE.equals(request.bool("ConsistentRead")),
                request.object("ExclusiveStartKey"), capacityMode);
    }

    Table table(TableCatalog catalog) {
        return catalog.require(tableName);
    }

    /** The index read, or null for the table itself. */
    IndexDefinition index(Table table) {
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

    /** The sort position after which the read resumes, or null. */
    byte[] startPosition(Table table, IndexDefinition index) {
        Map<String, Value> start = startKey(table, index);
        return start == null ? null : table.positionOf(index, start);
    }

    Map<String, Value> startKey(Table table, IndexDefinition index) {
        if (exclusiveStartKey == null) {
            return null;
        }
        Map<String, Value> key;
        try {
            key = ItemJson.readItem(exclusiveStartKey);
        } catch (DynamoDbError error) {
            throw DynamoDbError.validation("The provided starting key is invalid: " + error.getMessage());
        }
        if (index == null) {
            return table.keySchema().checkKey(key,
                    "The provided starting key is invalid: " + ItemOperations.KEY_MISMATCH);
        }
        int expected = table.keySchema().attributes().length;
        for (KeyAttribute attribute : index.keySchema().attributes()) {
            expected += table.keySchema().has(attribute.name()) ? 0 : 1;
        }
        if (key.size() != expected || !table.keySchema().isKeyedIn(key) || !index.keySchema().isKeyedIn(key)) {
            throw DynamoDbError.validation("The provided starting key is invalid");
        }
        return key;
    }
}
