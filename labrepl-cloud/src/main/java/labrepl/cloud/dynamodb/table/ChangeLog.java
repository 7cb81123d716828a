package labrepl.cloud.dynamodb.table;

import labrepl.cloud.storage.WriteBatch;

/**
 * Where a table's item writes are recorded as they happen (its DynamoDB stream), in the batch that
 * makes each write durable, so a recorded change and the change itself are kept or lost together.
 */
public interface ChangeLog {

    /**
     * One write of one item, under the item's lock.
     *
     * @param before the item before, or null when there was none
     * @param after  the item after, or null when the write deleted it
     * @param expiry true when time to live deleted the item (DynamoDB itself, not a caller)
     */
    void record(StoredItem before, StoredItem after, boolean expiry, WriteBatch batch);
}
