package labrepl.cloud.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes already applied to byte maps ({@link StoredMap#put(Object, Object, WriteBatch)}) that
 * become durable together: {@link #log()} appends them as one write-ahead-log record, replayed
 * whole or not at all after a crash (a transaction's all or nothing).
 */
public final class WriteBatch {

    private final DataStore store;
    private final List<DataStore.Change> changes = new ArrayList<>();

    WriteBatch(DataStore store) {
        this.store = store;
    }

    void record(String map, byte[] key, byte[] value) {
        changes.add(new DataStore.Change(map, key, value));
    }

    /** Makes every change of the batch durable: when this returns they survive {@code kill -9}. */
    public void log() {
        if (!changes.isEmpty()) {
            store.log(changes);
            changes.clear();
        }
    }

    /** Forgets the changes recorded so far without logging them (they were made durable another way). */
    public void discard() {
        changes.clear();
    }
}
