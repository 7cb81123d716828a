package labrepl.cloud.dynamodb.table;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.storage.DataStore;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A table's items, ordered by encoded primary key. Each write is durable when its method
 * returns. Writes to one item are atomic; callers that read, decide and write (conditions,
 * updates) hold {@link #lockFor} around the sequence.
 */
public final class Table {

    private static final int LOCK_STRIPES = 64;

    private final TableDefinition definition;
    private final MVMap<byte[], byte[]> items;
    private final MVMap<String, Long> sizes;
    private final DataStore store;
    private final Object[] locks = new Object[LOCK_STRIPES];

    Table(TableDefinition definition, MVMap<byte[], byte[]> items, MVMap<String, Long> sizes, DataStore store) {
        this.definition = definition;
        this.items = items;
        this.sizes = sizes;
        this.store = store;
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
        byte[] old = items.put(keySchema().encode(key), item.encode());
        Optional<StoredItem> replaced = Optional.ofNullable(old).map(StoredItem::decode);
        addToSize(item.size() - replaced.map(StoredItem::size).orElse(0L));
        store.commit();
        return replaced;
    }

    /** Removes the item with this key and returns it. */
    public Optional<StoredItem> delete(Map<String, Value> key) {
        byte[] old = items.remove(keySchema().encode(key));
        Optional<StoredItem> removed = Optional.ofNullable(old).map(StoredItem::decode);
        removed.ifPresent(item -> {
            addToSize(-item.size());
            store.commit();
        });
        return removed;
    }

    private void addToSize(long delta) {
        if (delta != 0) {
            sizes.merge(definition.id(), delta, Long::sum);
        }
    }

    /** The lock that serialises read-decide-write sequences on the item with this key. */
    public Object lockFor(Map<String, Value> key) {
        return locks[Math.floorMod(java.util.Arrays.hashCode(keySchema().encode(key)), LOCK_STRIPES)];
    }

    public long itemCount() {
        return items.sizeAsLong();
    }

    public long sizeBytes() {
        return sizes.getOrDefault(definition.id(), 0L);
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
        sizes.remove(definition.id());
        store.removeMap(items);
        store.commit();
    }
}
