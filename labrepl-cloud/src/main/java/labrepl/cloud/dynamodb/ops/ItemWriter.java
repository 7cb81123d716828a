package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.ConditionEvaluator;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;

/**
 * One conditional write of one item, atomic against every other write of that item: under
 * the item's lock it reads the item, checks the condition, computes the new item and stores
 * it (or deletes it when the change yields null).
 */
final class ItemWriter {

    /** The item before and after a write; either may be null (no item). */
    record Outcome(Map<String, Value> before, Map<String, Value> after) {
    }

    private ItemWriter() {
    }

    static Outcome write(Table table, Map<String, Value> key, Condition condition, boolean returnItemOnFailure,
                         UnaryOperator<Map<String, Value>> change) {
        Table.ItemKey at = table.key(key);
        ReentrantLock lock = table.lockFor(at);
        lock.lock();
        try {
            Map<String, Value> before = table.get(at).map(StoredItem::lazyItem).orElse(null);
            check(condition, before, returnItemOnFailure);
            Map<String, Value> after = change.apply(before);
            if (after != null) {
                table.put(at, StoredItem.of(after));
            } else if (before != null) {
                table.delete(at);
            }
            return new Outcome(before, after);
        } finally {
            lock.unlock();
        }
    }

    /** Throws ConditionalCheckFailedException unless the item (null: none) satisfies the condition. */
    static void check(Condition condition, Map<String, Value> item, boolean returnItemOnFailure) {
        if (condition != null && !ConditionEvaluator.matches(condition, item == null ? Map.of() : item)) {
            JsonObject extra = null;
            if (returnItemOnFailure && item != null) {
                extra = new JsonObject();
                extra.add("Item", JsonParser.parseString(ItemJson.writeItem(item)));
            }
            throw new DynamoDbError(DynamoDbError.Type.CONDITIONAL_CHECK_FAILED, "The conditional request failed", extra);
        }
    }

    /** PutItem's item-size check, which DynamoDB makes before it looks the table up. */
    static void checkPutSize(Map<String, Value> item) {
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoDbError.validation("Item size has exceeded the maximum allowed size");
        }
    }

    /** An index key attribute present in the item must have the index's key type and must not be empty. */
    static void checkIndexKeys(Table table, Map<String, Value> item) {
        for (IndexDefinition index : table.definition().indexes()) {
            for (KeyAttribute attribute : index.keySchema().attributes()) {
                Value value = item.get(attribute.name());
                if (value == null || table.keySchema().has(attribute.name())) {
                    continue;
                }
                if (!value.type().equals(attribute.type().name())) {
                    throw DynamoDbError.invalidParameter("Type mismatch for Index Key " + attribute.name() + " Expected: "
                            + attribute.type() + " Actual: " + value.type() + " IndexName: " + index.name());
                }
                boolean empty = value instanceof Value.S s && s.value().isEmpty()
                        || value instanceof Value.B b && b.value().length == 0;
                if (empty) {
                    throw DynamoDbError.validation("One or more parameter values are not valid. A value specified for a "
                            + "secondary index key is not supported. The AttributeValue for a key attribute cannot "
                            + "contain an empty " + (value instanceof Value.S ? "string" : "binary") + " value. IndexName: "
                            + index.name() + ", IndexKey: " + attribute.name());
                }
            }
        }
    }

    /** The capacity a write consumed: the larger of the two item sizes, plus the index writes. */
    static ConsumedCapacity capacity(Table table, Outcome outcome, double multiplier) {
        ConsumedCapacity capacity = new ConsumedCapacity(table.definition().name());
        long size = Math.max(outcome.before() == null ? 0 : ItemSize.of(outcome.before()),
                outcome.after() == null ? 0 : ItemSize.of(outcome.after()));
        capacity.addTable(ConsumedCapacity.writeUnits(size) * multiplier);
        capacity.addIndexWrites(table, outcome.before(), outcome.after(), multiplier);
        return capacity;
    }
}
