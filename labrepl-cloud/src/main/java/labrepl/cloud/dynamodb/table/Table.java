package labrepl.cloud.dynamodb.table;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;
import labrepl.cloud.storage.WriteBatch;

/**
 * A table's items, ordered by encoded primary key, and its secondary indexes. An index
 * entry's key is the encoded index key followed by the encoded table key, so entries sort
 * by index key and stay unique; its value is the table key, through which the item is read.
 *
 * <p>Each write is durable when its method returns (one write-ahead-log record holding the
 * item and its index entries) and updates the indexes with the item. A write that reaches the
 * table after it was deleted fails with {@link StoredMap.RemovedMapException}. While the table's
 * stream is on, each write is recorded in its {@link ChangeLog} in the same batch.
 * Callers that read, decide and write (conditions, updates, transactions) hold the item's
 * {@link #lockFor} around the sequence; every write takes it too, so the two cannot interleave.
 */
public final class Table {

    public static final int LOCK_STRIPES = 64;

    /** One stored item with the key it sorts by (the table key, or the index entry's key). */
    public record Entry(byte[] key, StoredItem item) {
    }

    /**
     * An item's key as stored, encoded once for the steps of one write (lock, read, write):
     * encoding hashes the partition key with MD5.
     */
    public record ItemKey(byte[] bytes) {
    }

    private volatile TableDefinition definition;
    private final StoredMap<byte[], byte[]> items;
    private final Map<String, StoredMap<byte[], byte[]>> indexes = new ConcurrentHashMap<>();
    /** DynamoDB's TableSizeBytes and IndexSizeBytes, by {@link #sizeKey}; saved at checkpoints. */
    private final Map<String, AtomicLong> sizes = new ConcurrentHashMap<>();
    private final DataStore store;
    private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];
    /** The table's stream while it is on, else null. */
    private volatile ChangeLog changeLog;

    Table(TableDefinition definition, StoredMap<byte[], byte[]> items, StoredMap<String, Long> savedSizes,
          DataStore store, Function<String, StoredMap<byte[], byte[]>> indexMaps) {
        this.definition = definition;
        this.items = items;
        this.store = store;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
        sizes.put(sizeKey(null), new AtomicLong(saved(savedSizes, sizeKey(null))));
        for (IndexDefinition index : definition.indexes()) {
            indexes.put(index.name(), indexMaps.apply(index.name()));
            sizes.put(sizeKey(index.name()), new AtomicLong(saved(savedSizes, sizeKey(index.name()))));
        }
    }

    private static long saved(StoredMap<String, Long> savedSizes, String key) {
        Long size = savedSizes.get(key);
        return size == null ? 0 : size;
    }

    /** Where a size is saved: the table's id, or the id and the index name. */
    String sizeKey(String indexName) {
        return indexName == null ? definition.id() : definition.id() + "/" + indexName;
    }

    /** The sizes to save at a checkpoint. */
    Map<String, Long> sizesToSave() {
        Map<String, Long> saved = new HashMap<>();
        sizes.forEach((key, size) -> saved.put(key, size.get()));
        return saved;
    }

    public TableDefinition definition() {
        return definition;
    }

    void setDefinition(TableDefinition definition) {
        this.definition = definition;
    }

    /** Records every write from now on in {@code log} (a stream turned on), or in none ({@code log} null). */
    public void setChangeLog(ChangeLog log) {
        this.changeLog = log;
    }

    public KeySchema keySchema() {
        return definition.keySchema();
    }

    public ItemKey key(Map<String, Value> values) {
        return new ItemKey(keySchema().encode(values));
    }

    public Optional<StoredItem> get(Map<String, Value> key) {
        return get(key(key));
    }

    public Optional<StoredItem> get(ItemKey key) {
        return Optional.ofNullable(items.get(key.bytes())).map(StoredItem::decode);
    }

    /** Stores the item under its key, updates the indexes, and returns the item it replaced. Durable on return. */
    public Optional<StoredItem> put(ItemKey key, StoredItem item) {
        return writeDurably(key, item, false);
    }

    /** Removes the item with this key and returns it. Durable on return. */
    public Optional<StoredItem> delete(ItemKey key) {
        return writeDurably(key, null, false);
    }

    /** Removes the item because its time to live has passed: DynamoDB's own deletion. Durable on return. */
    public void expire(ItemKey key) {
        writeDurably(key, null, true);
    }

    private Optional<StoredItem> writeDurably(ItemKey key, StoredItem item, boolean expiry) {
        ReentrantLock lock = lockFor(key);
        lock.lock();
        try {
            WriteBatch batch = store.batch();
            Optional<StoredItem> old = write(key, item, expiry, batch);
            batch.log();
            return old;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes ({@code item} non-null) or deletes the item and its index entries, adding what
     * changed to {@code batch} without making it durable: a transaction logs the changes of
     * all its items as one batch. The caller holds the item's lock until the batch is logged.
     */
    public Optional<StoredItem> write(Map<String, Value> key, StoredItem item, WriteBatch batch) {
        return write(key(key), item, false, batch);
    }

    private Optional<StoredItem> write(ItemKey key, StoredItem item, boolean expiry, WriteBatch batch) {
        byte[] encoded = key.bytes();
        byte[] oldBytes = item == null ? items.remove(encoded, batch) : items.put(encoded, item.encode(), batch);
        Optional<StoredItem> old = Optional.ofNullable(oldBytes).map(StoredItem::decode);
        sizes.get(sizeKey(null)).addAndGet((item == null ? 0 : item.size()) - old.map(StoredItem::size).orElse(0L));
        for (IndexDefinition index : definition.indexes()) {
            updateIndex(index, encoded, old.map(StoredItem::item).orElse(null), item == null ? null : item.item(), batch);
        }
        ChangeLog log = changeLog;
        if (log != null) {
            log.record(old.orElse(null), item, expiry, batch);
        }
        return old;
    }

    private void updateIndex(IndexDefinition index, byte[] tableKey, Map<String, Value> oldItem,
                             Map<String, Value> newItem, WriteBatch batch) {
        StoredMap<byte[], byte[]> map = indexes.get(index.name());
        AtomicLong size = sizes.get(sizeKey(index.name()));
        if (map == null || size == null) {
            return;
        }
        if (oldItem != null && index.keySchema().isKeyedIn(oldItem)) {
            byte[] entry = entryKey(index, oldItem, tableKey);
            if (map.remove(entry, batch) != null) {
                size.addAndGet(-ItemSize.of(index.project(oldItem, keySchema())));
            }
        }
        if (newItem != null && index.keySchema().isKeyedIn(newItem)) {
            byte[] entry = entryKey(index, newItem, tableKey);
            map.put(entry, tableKey, batch);
            size.addAndGet(ItemSize.of(index.project(newItem, keySchema())));
        }
    }

    /**
     * An index entry's key: the index key, then (hash-ordered) DynamoDB's hash of the table key, which
     * orders items of equal index key as DynamoDB does, then the table key, which keeps entries unique.
     */
    private byte[] entryKey(IndexDefinition index, Map<String, Value> item, byte[] tableKey) {
        byte[] indexKey = index.keySchema().encode(item);
        byte[] rowHash = keySchema().hashOrdered() ? keySchema().rowHash(item) : new byte[0];
        byte[] entry = Arrays.copyOf(indexKey, indexKey.length + rowHash.length + tableKey.length);
        System.arraycopy(rowHash, 0, entry, indexKey.length, rowHash.length);
        System.arraycopy(tableKey, 0, entry, indexKey.length + rowHash.length, tableKey.length);
        return entry;
    }

    /** The sort position of an item (or of a LastEvaluatedKey) in the table or in an index. */
    public byte[] positionOf(IndexDefinition index, Map<String, Value> keys) {
        byte[] tableKey = keySchema().encode(keys);
        return index == null ? tableKey : entryKey(index, keys, tableKey);
    }

    /**
     * Fills a new index from the items already in the table (UpdateTable adding a GSI), with
     * every item lock held so no write slips between the copy and the index going live. The
     * caller makes the filled index durable with a store commit.
     */
    void backfill(IndexDefinition index, StoredMap<byte[], byte[]> map) {
        for (ReentrantLock lock : locks) {
            lock.lock();
        }
        try {
            sizes.put(sizeKey(index.name()), new AtomicLong());
            indexes.put(index.name(), map);
            WriteBatch committedAfterwards = store.batch();
            for (Iterator<Map.Entry<byte[], byte[]>> all = items.entries(null, false); all.hasNext(); ) {
                Map.Entry<byte[], byte[]> entry = all.next();
                updateIndex(index, entry.getKey(), null, StoredItem.decode(entry.getValue()).item(), committedAfterwards);
                committedAfterwards.discard();
            }
        } finally {
            for (ReentrantLock lock : locks) {
                lock.unlock();
            }
        }
    }

    StoredMap<byte[], byte[]> forgetIndex(String indexName) {
        sizes.remove(sizeKey(indexName));
        return indexes.remove(indexName);
    }

    /** Counts the sizes afresh from every item: after a crash the saved counters are behind the log. */
    void recountSizes() {
        sizes.values().forEach(size -> size.set(0));
        for (Iterator<Map.Entry<byte[], byte[]>> all = items.entries(null, false); all.hasNext(); ) {
            Map<String, Value> item = StoredItem.decode(all.next().getValue()).item();
            sizes.get(sizeKey(null)).addAndGet(ItemSize.of(item));
            for (IndexDefinition index : definition.indexes()) {
                if (index.keySchema().isKeyedIn(item)) {
                    sizes.get(sizeKey(index.name())).addAndGet(ItemSize.of(index.project(item, keySchema())));
                }
            }
        }
    }

    /** The lock that serialises read-decide-write sequences on the item with this key. */
    public ReentrantLock lockFor(ItemKey key) {
        return locks[stripeOf(key.bytes())];
    }

    /** Which of the {@link #LOCK_STRIPES} locks guards the item; transactions lock in stripe order. */
    public int stripeOf(Map<String, Value> key) {
        return stripeOf(keySchema().encode(key));
    }

    private static int stripeOf(byte[] encodedKey) {
        return Math.floorMod(Arrays.hashCode(encodedKey), LOCK_STRIPES);
    }

    ReentrantLock stripe(int stripe) {
        return locks[stripe];
    }

    public long itemCount() {
        return items.size();
    }

    /** DynamoDB's TableSizeBytes: the sum of the items' sizes. */
    public long sizeBytes() {
        return sizes.get(sizeKey(null)).get();
    }

    public long indexItemCount(String indexName) {
        StoredMap<byte[], byte[]> map = indexes.get(indexName);
        return map == null ? 0 : map.size();
    }

    public long indexSizeBytes(String indexName) {
        AtomicLong size = sizes.get(sizeKey(indexName));
        return size == null ? 0 : size.get();
    }

    /**
     * Items of the table ({@code index} null) or of an index in key order, from {@code from}
     * (null: the first, or the last when reversed), skipping {@code from} itself unless
     * {@code inclusive}.
     */
    public Iterator<Entry> entries(IndexDefinition index, byte[] from, boolean inclusive, boolean reverse) {
        StoredMap<byte[], byte[]> map = index == null ? items : indexes.get(index.name());
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
        Iterator<Map.Entry<byte[], byte[]>> cursor = map.entries(start, reverse);
        return new Iterator<>() {
            private Entry next = advance();

            private Entry advance() {
                while (cursor.hasNext()) {
                    Map.Entry<byte[], byte[]> found = cursor.next();
                    byte[] value = index == null ? found.getValue() : items.get(found.getValue());
                    if (value != null) { // an index entry whose item a concurrent delete just removed
                        return new Entry(found.getKey(), StoredItem.decode(value));
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
        for (IndexDefinition index : definition.indexes()) {
            StoredMap<byte[], byte[]> map = forgetIndex(index.name());
            if (map != null) {
                store.removeMap(map);
            }
        }
        store.removeMap(items);
        store.commit();
    }
}
