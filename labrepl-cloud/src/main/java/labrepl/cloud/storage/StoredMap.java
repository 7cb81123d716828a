package labrepl.cloud.storage;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * An ordered map of the {@link DataStore}. Reading is plain; every way to write says how the
 * change becomes durable, so no caller has to remember to pair a write with a commit or a log
 * record:
 * <ul>
 * <li>{@link #putDurably}/{@link #removeDurably}: the store file is written before they return —
 *     for rare changes (a bucket, a function's configuration);
 * <li>{@link #put(Object, Object, WriteBatch)}: applied now, durable when the batch is logged —
 *     for frequent small changes (items), byte maps only;
 * <li>{@link #putAtCheckpoint}: saved with the next checkpoint — for values derived from others
 *     (counters) that a crash recomputes.
 * </ul>
 * A map removed from the store (its table deleted) answers every later write with
 * {@link RemovedMapException}.
 */
public final class StoredMap<K, V> {

    private final MVMap<K, V> map;
    private final DataStore store;

    StoredMap(MVMap<K, V> map, DataStore store) {
        this.map = map;
        this.store = store;
    }

    public String name() {
        return map.getName();
    }

    public V get(K key) {
        return map.get(key);
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    public long size() {
        return map.sizeAsLong();
    }

    /** The greatest key strictly below {@code key}, or null. */
    public K lowerKey(K key) {
        return map.lowerKey(key);
    }

    /** The least key strictly above {@code key}, or null. */
    public K higherKey(K key) {
        return map.higherKey(key);
    }

    /** The greatest key at or below {@code key}, or null. */
    public K floorKey(K key) {
        return map.floorKey(key);
    }

    public void forEach(BiConsumer<K, V> action) {
        map.forEach(action);
    }

    /** Entries in key order from {@code from} inclusive (null: the first, or the last when reversed). */
    public Iterator<Map.Entry<K, V>> entries(K from, boolean reverse) {
        Cursor<K, V> cursor = map.cursor(from, null, reverse);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Map.Entry<K, V> next() {
                if (!cursor.hasNext()) {
                    throw new NoSuchElementException();
                }
                K key = cursor.next();
                return Map.entry(key, cursor.getValue());
            }
        };
    }

    /** Stores the value and writes the store file before returning; returns the value replaced. */
    public V putDurably(K key, V value) {
        V previous = write(() -> map.put(key, value));
        store.commit();
        return previous;
    }

    /** Removes the key and writes the store file before returning (when there was anything to remove). */
    public V removeDurably(K key) {
        V previous = write(() -> map.remove(key));
        if (previous != null) {
            store.commit();
        }
        return previous;
    }

    /**
     * Stores a value without making it durable: it is saved at the next checkpoint or commit. For
     * values a crash recomputes (counters), or a bulk fill the caller commits afterwards.
     */
    public void putAtCheckpoint(K key, V value) {
        write(() -> map.put(key, value));
    }

    /** Removes a derived value at the next checkpoint. */
    public void removeAtCheckpoint(K key) {
        write(() -> map.remove(key));
    }

    /**
     * Applies a change now and adds it to {@code batch}; it is durable when the batch is logged.
     * The caller holds the key's lock until then, so the log's order is the map's order.
     */
    public V put(K key, V value, WriteBatch batch) {
        V previous = write(() -> map.put(key, value));
        batch.record(name(), bytes(key), bytes(value));
        return previous;
    }

    /** Removes the key now and adds the removal to {@code batch} when there was anything to remove. */
    public V remove(K key, WriteBatch batch) {
        V previous = write(() -> map.remove(key));
        if (previous != null) {
            batch.record(name(), bytes(key), null);
        }
        return previous;
    }

    void removeFromStore(MVStore mvStore) {
        mvStore.removeMap(map);
    }

    private static byte[] bytes(Object value) {
        if (!(value instanceof byte[] bytes)) {
            throw new IllegalArgumentException("Only byte maps are written through the log");
        }
        return bytes;
    }

    private <T> T write(Supplier<T> change) {
        try {
            return change.get();
        } catch (MVStoreException e) {
            if (map.isClosed()) {
                throw new RemovedMapException(name(), e);
            }
            throw e;
        }
    }

    /** A write reached a map after it was removed from the store (a table deleted under it). */
    public static final class RemovedMapException extends RuntimeException {
        RemovedMapException(String map, Throwable cause) {
            super("The map " + map + " was removed from the data store", cause);
        }
    }
}
