package labrepl.cloud.dynamodb.table;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.storage.DataStore;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A table's items, ordered by encoded primary key. Each write is durable when its method
 * returns. Writes to one item are atomic and serialised by the item's lock; callers that
 * read, decide and write (conditions, updates) hold {@link #lockFor} around the sequence.
 */
public final class Table {

    private static final int LOCK_STRIPES = 64;

    private final TableDefinition definition;
    private final MVMap<byte[], byte[]> items;
    private final DataStore store;
    private final AtomicLong sizeBytes;
    private final Object[] locks = new Object[LOCK_STRIPES];

    Table(TableDefinition definition, MVMap<byte[], byte[]> items, long sizeBytes, DataStore store) {
        this.definition = definition;
        this.items = items;
        this.store = store;
        this.sizeBytes = new AtomicLong(sizeBytes);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    public TableDefinition definition() {
        return definition;
    }

    public KeySchema keySchema() {
        return definition.keySchema();
    }

    public Optional<StoredItem> get(Map<String, Value> key) {
        byte[] stored = items.get(keySchema().encode(key));
        return Optional.ofNullable(stored).map(StoredItem::decode);
    }

    /** Stores the item under its key and returns the item it replaced. */
    public Optional<StoredItem> put(Map<String, Value> key, StoredItem item) {
        byte[] encodedKey = keySchema().encode(key);
        byte[] value = item.encode();
        byte[] old;
        synchronized (lockFor(encodedKey)) {
            old = items.put(encodedKey, value);
            store.log(DataStore.Change.put(items.getName(), encodedKey, value));
        }
        Optional<StoredItem> replaced = Optional.ofNullable(old).map(StoredItem::decode);
        sizeBytes.addAndGet(item.size() - replaced.map(StoredItem::size).orElse(0L));
        return replaced;
    }

    /** Removes the item with this key and returns it. */
    public Optional<StoredItem> delete(Map<String, Value> key) {
        byte[] encodedKey = keySchema().encode(key);
        byte[] old;
        synchronized (lockFor(encodedKey)) {
            old = items.remove(encodedKey);
            if (old != null) {
                store.log(DataStore.Change.remove(items.getName(), encodedKey));
            }
        }
        Optional<StoredItem> removed = Optional.ofNullable(old).map(StoredItem::decode);
        removed.ifPresent(item -> sizeBytes.addAndGet(-item.size()));
        return removed;
    }

    /** The lock that serialises read-decide-write sequences on the item with this key. */
    public Object lockFor(Map<String, Value> key) {
        return lockFor(keySchema().encode(key));
    }

    private Object lockFor(byte[] encodedKey) {
        return locks[Math.floorMod(Arrays.hashCode(encodedKey), LOCK_STRIPES)];
    }

    public long itemCount() {
        return items.sizeAsLong();
    }

    /** DynamoDB's TableSizeBytes: the sum of the items' sizes. */
    public long sizeBytes() {
        return sizeBytes.get();
    }

    /** Counts the size afresh from every item: after a crash the saved counter is behind the log. */
    void recountSize() {
        long total = 0;
        for (Iterator<StoredItem> all = scan(null); all.hasNext(); ) {
            total += all.next().size();
        }
        sizeBytes.set(total);
    }

    /** Items in key order, starting after {@code exclusiveStartKey} when one is given. */
    public Iterator<StoredItem> scan(Map<String, Value> exclusiveStartKey) {
        byte[] from = null;
        if (exclusiveStartKey != null) {
            from = items.higherKey(keySchema().encode(exclusiveStartKey));
            if (from == null) {
                return java.util.Collections.emptyIterator();
            }
        }
        Cursor<byte[], byte[]> cursor = items.cursor(from);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public StoredItem next() {
                if (!cursor.hasNext()) {
                    throw new NoSuchElementException();
                }
                cursor.next();
                return StoredItem.decode(cursor.getValue());
            }
        };
    }

    void drop() {
        store.removeMap(items);
        store.commit();
    }
}
