package labrepl.cloud.dynamodb.table;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.storage.DataStore;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A table's items, ordered by encoded primary key, and its secondary indexes. An index
 * entry's key is the encoded index key followed by the encoded table key, so entries sort
 * by index key and stay unique; its value is the table key, through which the item is read.
 *
 * <p>Each write is durable when its method returns and updates the indexes with the item.
 * Callers that read, decide and write (conditions, updates, transactions) hold the item's
 * {@link #lockFor} around the sequence; every write takes it too, so the two cannot interleave.
 */
public final class Table {

    public static final int LOCK_STRIPES = 64;

    /** One stored item with the key it sorts by (the table key, or the index entry's key). */
    public record Entry(byte[] key, StoredItem item) {
    }

    private volatile TableDefinition definition;
    private final MVMap<byte[], byte[]> items;
    private final Map<String, MVMap<byte[], byte[]>> indexes = new ConcurrentHashMap<>();
    private final MVMap<String, Long> sizes;
    private final DataStore store;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

    Table(TableDefinition definition, MVMap<byte[], byte[]> items, MVMap<String, Long> sizes, DataStore store,
          Function<String, MVMap<byte[], byte[]>> indexMaps) {
        this.definition = definition;
        this.items = items;
        this.sizes = sizes;
        this.store = store;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
        definition.indexes().forEach(index -> indexes.put(index.name(), indexMaps.apply(index.name())));
    }

    public TableDefinition definition() {
        return definition;
    }

    void setDefinition(TableDefinition definition) {
        this.definition = definition;
    }

    public KeySchema keySchema() {
        return definition.keySchema();
    }

    public Optional<StoredItem> get(Map<String, Value> key) {
        return Optional.ofNullable(items.get(keySchema().encode(key))).map(StoredItem::decode);
    }

    /** Stores the item under its key, updates the indexes, and returns the item it replaced. */
    public Optional<StoredItem> put(Map<String, Value> key, StoredItem item) {
        Optional<StoredItem> old = write(key, item);
        store.commit();
        return old;
    }

    /** Removes the item with this key and returns it. */
    public Optional<StoredItem> delete(Map<String, Value> key) {
        Optional<StoredItem> old = write(key, null);
        old.ifPresent(removed -> store.commit());
        return old;
    }

    /**
     * Writes ({@code item} non-null) or deletes the item without making it durable yet: for
     * transactions, which make all their writes durable together with {@link #commit()}.
     */
    public Optional<StoredItem> write(Map<String, Value> key, StoredItem item) {
        byte[] encoded = keySchema().encode(key);
        ReentrantLock lock = lockFor(key);
        lock.lock();
        try {
            byte[] oldBytes = item == null ? items.remove(encoded) : items.put(encoded, item.encode());
            Optional<StoredItem> old = Optional.ofNullable(oldBytes).map(StoredItem::decode);
            long delta = (item == null ? 0 : item.size()) - old.map(StoredItem::size).orElse(0L);
            addToSize(definition.id(), delta);
            for (IndexDefinition index : definition.indexes()) {
                updateIndex(index, encoded, old.map(StoredItem::item).orElse(null), item == null ? null : item.item());
            }
            return old;
        } finally {
            lock.unlock();
        }
    }

    public void commit() {
        store.commit();
    }

    private void updateIndex(IndexDefinition index, byte[] tableKey, Map<String, Value> oldItem, Map<String, Value> newItem) {
        MVMap<byte[], byte[]> map = indexes.get(index.name());
        if (map == null) {
            return;
        }
        if (oldItem != null && index.keySchema().isKeyedIn(oldItem)) {
            if (map.remove(entryKey(index, oldItem, tableKey)) != null) {
                addToSize(indexSizeKey(index), -ItemSize.of(index.project(oldItem, keySchema())));
            }
        }
        if (newItem != null && index.keySchema().isKeyedIn(newItem)) {
            map.put(entryKey(index, newItem, tableKey), tableKey);
            addToSize(indexSizeKey(index), ItemSize.of(index.project(newItem, keySchema())));
        }
    }

    private static byte[] entryKey(IndexDefinition index, Map<String, Value> item, byte[] tableKey) {
        byte[] indexKey = index.keySchema().encode(item);
        byte[] entry = Arrays.copyOf(indexKey, indexKey.length + tableKey.length);
        System.arraycopy(tableKey, 0, entry, indexKey.length, tableKey.length);
        return entry;
    }

    /** The sort position of an item (or of a LastEvaluatedKey) in the table or in an index. */
    public byte[] positionOf(IndexDefinition index, Map<String, Value> keys) {
        byte[] tableKey = keySchema().encode(keys);
        return index == null ? tableKey : entryKey(index, keys, tableKey);
    }

    /** Fills an index from the items already in the table (UpdateTable adding a GSI). */
    void backfill(IndexDefinition index, MVMap<byte[], byte[]> map) {
        indexes.put(index.name(), map);
        Cursor<byte[], byte[]> cursor = items.cursor(null);
        while (cursor.hasNext()) {
            byte[] key = cursor.next();
            updateIndex(index, key, null, StoredItem.decode(cursor.getValue()).item());
        }
    }

    MVMap<byte[], byte[]> forgetIndex(String indexName) {
        sizes.remove(definition.id() + "/" + indexName);
        return indexes.remove(indexName);
    }

    private String indexSizeKey(IndexDefinition index) {
        return definition.id() + "/" + index.name();
    }

    private void addToSize(String key, long delta) {
        if (delta != 0) {
            sizes.merge(key, delta, Long::sum);
        }
    }

    /** The lock that serialises read-decide-write sequences on the item with this key. */
    public ReentrantLock lockFor(Map<String, Value> key) {
        return locks[stripeOf(key)];
    }

    /** Which of the {@link #LOCK_STRIPES} locks guards the item; transactions lock in stripe order. */
    public int stripeOf(Map<String, Value> key) {
        return Math.floorMod(Arrays.hashCode(keySchema().encode(key)), LOCK_STRIPES);
    }

    ReentrantLock stripe(int stripe) {
        return locks[stripe];
    }

    public long itemCount() {
        return items.sizeAsLong();
    }

    public long sizeBytes() {
        return sizes.getOrDefault(definition.id(), 0L);
    }

    public long indexItemCount(String indexName) {
        MVMap<byte[], byte[]> map = indexes.get(indexName);
        return map == null ? 0 : map.sizeAsLong();
    }

    public long indexSizeBytes(String indexName) {
        return sizes.getOrDefault(definition.id() + "/" + indexName, 0L);
    }

    /**
     * Items of the table ({@code index} null) or of an index in key order, from {@code from}
     * (null: the first, or the last when reversed), skipping {@code from} itself unless
     * {@code inclusive}.
     */
    public Iterator<Entry> entries(IndexDefinition index, byte[] from, boolean inclusive, boolean reverse) {
        MVMap<byte[], byte[]> map = index == null ? items : indexes.get(index.name());
        if (map == null) {
            return Collections.emptyIterator();
        }
        byte[] start = from;
        if (from != null && !inclusive) {
            start = reverse ? map.lowerKey(from) : map.higherKey(from);
            if (start == null) {
                return Collections.emptyIterator();
            }
        } else if (from != null && reverse) {
            start = map.floorKey(from);
            if (start == null) {
                return Collections.emptyIterator();
            }
        }
        Cursor<byte[], byte[]> cursor = map.cursor(start, null, reverse);
        return new Iterator<>() {
            private Entry next = advance();

            private Entry advance() {
                while (cursor.hasNext()) {
                    byte[] key = cursor.next();
                    byte[] value = index == null ? cursor.getValue() : items.get(cursor.getValue());
                    if (value != null) { // an index entry whose item a concurrent delete just removed
                        return new Entry(key, StoredItem.decode(value));
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Entry next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Entry current = next;
                next = advance();
                return current;
            }
        };
    }

    void drop() {
        sizes.remove(definition.id());
        for (IndexDefinition index : definition.indexes()) {
            MVMap<byte[], byte[]> map = forgetIndex(index.name());
            if (map != null) {
                store.removeMap(map);
            }
        }
        store.removeMap(items);
        store.commit();
    }
}
