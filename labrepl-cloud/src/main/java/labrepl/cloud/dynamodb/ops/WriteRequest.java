package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * One write of a BatchWriteItem (PutRequest, DeleteRequest) or a TransactWriteItems
 * (Put, Delete, Update, ConditionCheck), read from its JSON before anything is written.
 */
record WriteRequest(String kind, String tableName, Map<String, Value> item, Map<String, Value> key,
                    RequestExpressions expressions, boolean returnOnFailure) {

    static final List<String> TRANSACT_KINDS = List.of("ConditionCheck", "Put", "Delete", "Update");

    /** A write whose table is known and whose key matches the table's schema. */
    record Checked(WriteRequest request, Table table, Map<String, Value> key) {

        /** The item after this write, from the item before it (null: none); null deletes. */
        Map<String, Value> apply(Map<String, Value> old) {
            return switch (request.kind()) {
                case "Put" -> request.item();
                case "Delete" -> null;
                case "Update" -> ItemUpdates.updated(table, key, old,
                        request.expressions().update() == null ? List.of() : request.expressions().update());
                default -> old;
            };
        }
    }

    static WriteRequest readBatchElement(String tableName, JsonRequest element) {
        JsonObject put = element.object("PutRequest");
        JsonObject delete = element.object("DeleteRequest");
        if ((put == null) == (delete == null)) {
            throw DynamoDbError.validation("Supplied AttributeValue has more than one datatypes set, must contain "
                    + "exactly one of the supported datatypes");
        }
        if (put != null) {
            JsonRequest request = new JsonRequest(put);
            new Constraints().notNull("item", request.object("Item")).throwIfViolated();
            Map<String, Value> item = ItemJson.readItem(request.object("Item"));
            ItemWriter.checkPutSize(item);
            return new WriteRequest("Put", tableName, item, null, null, false);
        }
        JsonRequest request = new JsonRequest(delete);
        new Constraints().notNull("key", request.object("Key")).throwIfViolated();
        return new WriteRequest("Delete", tableName, null, ItemJson.readItem(request.object("Key")), null, false);
    }

    static WriteRequest readTransactElement(JsonRequest element, CloudIdentity identity) {
        String kind = null;
        for (String candidate : TRANSACT_KINDS) {
            if (element.has(candidate)) {
                if (kind != null) {
                    throw DynamoDbError.validation("TransactItems can only contain one of Check, Put, Update or Delete");
                }
                kind = candidate;
            }
        }
        if (kind == null) {
            throw DynamoDbError.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        JsonRequest request = new JsonRequest(element.object(kind));
        Constraints constraints = new Constraints();
        String tableName = TableNames.read(request.string("TableName"), identity, constraints);
        String onFailure = request.string("ReturnValuesOnConditionCheckFailure");
        constraints.oneOf("returnValuesOnConditionCheckFailure", onFailure, ItemOperations.RETURN_ON_FAILURE);
        if (kind.equals("Put")) {
            constraints.notNull("item", request.object("Item"));
        } else {
            constraints.notNull("key", request.object("Key"));
        }
        if (kind.equals("ConditionCheck")) {
            constraints.notNull("conditionExpression", request.string("ConditionExpression"));
        }
        if (kind.equals("Update")) {
            constraints.notNull("updateExpression", request.string("UpdateExpression"));
        }
        constraints.throwIfViolated();
        RequestExpressions expressions = kind.equals("Update")
                ? RequestExpressions.read(request, "UpdateExpression", "ConditionExpression")
                : RequestExpressions.read(request, "ConditionExpression");
        Map<String, Value> item = null;
        Map<String, Value> key = null;
        if (kind.equals("Put")) {
            item = ItemJson.readItem(request.object("Item"));
            ItemWriter.checkPutSize(item);
        } else {
            key = ItemJson.readItem(request.object("Key"));
        }
        return new WriteRequest(kind, tableName, item, key, expressions, "ALL_OLD".equals(onFailure));
    }

    /**
     * Finds every write's table and checks its key (and for a Put its index keys), refusing two
     * writes to one item; nothing has been written when this throws.
     */
    static List<Checked> checkAll(List<WriteRequest> writes, TableCatalog catalog,
                                  String duplicateMessage) {
        List<Checked> checked = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (WriteRequest write : writes) {
            Table table = catalog.require(write.tableName());
            Map<String, Value> key;
            if (write.kind().equals("Put")) {
                key = table.keySchema().keyOfNewItem(write.item());
                ItemWriter.checkIndexKeys(table, write.item());
            } else {
                key = table.keySchema().checkKey(write.key(), ItemOperations.KEY_MISMATCH);
            }
            if (write.kind().equals("Update")) {
                ItemUpdates.checkKeysUntouched(write.expressions().update(), table.keySchema());
            }
            if (!seen.add(List.of(table.definition().id(), List.copyOf(key.values())))) {
                throw DynamoDbError.validation(duplicateMessage);
            }
            checked.add(new Checked(write, table, key));
        }
        return checked;
    }
}
