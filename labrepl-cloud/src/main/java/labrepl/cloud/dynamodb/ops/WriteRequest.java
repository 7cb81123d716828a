package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.expression.UpdateApplier;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
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
                        request.expressions().update() == null ? List.of() : request.expressions().update(),
                        UpdateApplier.INCORRECT_OPERAND);
                default -> old;
            };
        }
    }

    /** A PutRequest or DeleteRequest of a BatchWriteItem; its table is checked later. */
    static WriteRequest readBatchElement(String tableName, JsonRequest element) {
        JsonObject put = element.object("PutRequest");
        JsonObject delete = element.object("DeleteRequest");
        if ((put == null) == (delete == null)) {
            throw DynamoDbError.validation("Supplied AttributeValue has more than one datatypes set, must contain "
                    + "exactly one of the supported datatypes");
        }
        if (put != null) {
            Map<String, Value> item = ItemJson.readItem(put.getAsJsonObject("Item"));
            ItemWriter.checkPutSize(item);
            return new WriteRequest("Put", tableName, item, null, null, false);
        }
        return new WriteRequest("Delete", tableName, null, ItemJson.readItem(delete.getAsJsonObject("Key")), null, false);
    }

    /** One element of a TransactWriteItems: exactly one of ConditionCheck, Put, Delete and Update. */
    static WriteRequest readTransactElement(JsonRequest element) {
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
        ExpressionParameters.check(request, kind.equals("Update") ? List.of("UpdateExpression", "ConditionExpression")
                : List.of("ConditionExpression"), List.of());
        Map<String, Value> item = null;
        Map<String, Value> key = null;
        if (kind.equals("Put")) {
            item = ItemJson.readItem(request.object("Item"));
            ItemWriter.checkPutSize(item);
        } else {
            key = ItemJson.readItem(request.object("Key"));
        }
        RequestExpressions expressions = RequestExpressions.parse(request);
        return new WriteRequest(kind, request.string("TableName"), item, key, expressions,
                "ALL_OLD".equals(request.string("ReturnValuesOnConditionCheckFailure")));
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
                ItemUpdates.checkKeysUntouched(write.expressions().update(), table);
            }
            if (!seen.add(List.of(table.definition().id(), List.copyOf(key.values())))) {
                throw DynamoDbError.validation(duplicateMessage);
            }
            checked.add(new Checked(write, table, key));
        }
        return checked;
    }
}
