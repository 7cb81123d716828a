package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/** PutItem, GetItem and DeleteItem. */
public final class ItemOperations {

    static final String KEY_MISMATCH = "The provided key element does not match the schema";
    /** In the order DynamoDB lists them in its message. */
    private static final List<String> RETURN_VALUES =
            List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public ItemOperations(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String putItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        JsonObject itemJson = request.object("Item");
        constraints.notNull("item", itemJson);
        String returnValues = returnValues(request, constraints);
        constraints.throwIfViolated();
        Unsupported.reject(request, "ConditionExpression", "Expected");
        checkOldOnly(returnValues);
        Map<String, Value> item = ItemJson.readItem(itemJson);
        StoredItem stored = StoredItem.of(item);
        if (stored.size() > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbError.validation("Item size has exceeded the maximum allowed size");
        }
        Table table = catalog.require(name);
        Map<String, Value> key = table.keySchema().keyOfNewItem(item);
        Optional<StoredItem> old = table.put(key, stored);
        return attributesResponse(returnValues, old);
    }

    public String getItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        JsonObject keyJson = request.object("Key");
        constraints.notNull("key", keyJson).throwIfViolated();
        Unsupported.reject(request, "ProjectionExpression", "AttributesToGet");
        Map<String, Value> key = ItemJson.readItem(keyJson);
        Table table = catalog.require(name);
        Optional<StoredItem> item = table.get(table.keySchema().checkKey(key, KEY_MISMATCH));
        JsonText out = new JsonText().beginObject();
        item.ifPresent(found -> out.name("Item").raw(found.json()));
        return out.endObject().toString();
    }

    public String deleteItem(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.read(request.string("TableName"), identity, constraints);
        JsonObject keyJson = request.object("Key");
        constraints.notNull("key", keyJson);
        String returnValues = returnValues(request, constraints);
        constraints.throwIfViolated();
        Unsupported.reject(request, "ConditionExpression", "Expected");
        checkOldOnly(returnValues);
        Map<String, Value> key = ItemJson.readItem(keyJson);
        Table table = catalog.require(name);
        Optional<StoredItem> old = table.delete(table.keySchema().checkKey(key, KEY_MISMATCH));
        return attributesResponse(returnValues, old);
    }

    private static String returnValues(JsonRequest request, Constraints constraints) {
        String returnValues = request.string("ReturnValues");
        constraints.oneOf("returnValues", returnValues, RETURN_VALUES);
        return returnValues == null ? "NONE" : returnValues;
    }

    /** PutItem and DeleteItem can only return the item as it was. */
    private static void checkOldOnly(String returnValues) {
        if (!returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
            throw DynamoDbError.requestValidation("ReturnValues can only be ALL_OLD or NONE");
        }
    }

    private static String attributesResponse(String returnValues, Optional<StoredItem> old) {
        JsonText out = new JsonText().beginObject();
        if (returnValues.equals("ALL_OLD")) {
            old.ifPresent(item -> out.name("Attributes").raw(item.json()));
        }
        return out.endObject().toString();
    }
}
