package labrepl.cloud.s3.storage;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;

/**
 * Each bucket's objects by key, one ordered map per bucket ({@code s3.objects:BUCKET}).
 * Keys are UTF-8 bytes compared as unsigned bytes: the order S3 lists keys in.
 */
public final class ObjectIndex {

    private static final Gson GSON = new Gson();
    private static final String MAP_PREFIX = "s3.objects:";

    private final DataStore store;
    private final Map<String, StoredMap<byte[], byte[]>> maps = new ConcurrentHashMap<>();

    public ObjectIndex(DataStore store) {
        this.store = store;
    }

    public Optional<StoredObject> get(String bucket, String key) {
        byte[] value = map(bucket).get(utf8(key));
        return value == null ? Optional.empty() : Optional.of(decode(value));
    }

    /** Stores an object's metadata, durably; returns what it replaced so its blobs can go. */
    public Optional<StoredObject> put(String bucket, String key, StoredObject object) {
        byte[] previous = map(bucket).putDurably(utf8(key), GSON.toJson(object).getBytes(StandardCharsets.UTF_8));
        return previous == null ? Optional.empty() : Optional.of(decode(previous));
    }

    /** Removes an object's metadata, durably; returns what was removed. */
    public Optional<StoredObject> remove(String bucket, String key) {
        byte[] previous = map(bucket).removeDurably(utf8(key));
        return previous == null ? Optional.empty() : Optional.of(decode(previous));
    }

    public boolean isEmpty(String bucket) {
        return map(bucket).isEmpty();
    }

    /** Objects with keys at or after {@code fromKey} (or the first, when null), in key order. */
    public Iterator<Map.Entry<String, StoredObject>> from(String bucket, String fromKey) {
        return iterate(map(bucket).entries(fromKey == null ? null : utf8(fromKey), false));
    }

    /** Objects with keys after every key that starts with {@code prefix}, in key order. */
    public Iterator<Map.Entry<String, StoredObject>> pastPrefix(String bucket, String prefix) {
        byte[] bytes = utf8(prefix);
        byte[] past = Arrays.copyOf(bytes, bytes.length + 1);
        past[bytes.length] = (byte) 0xff; // never part of UTF-8, so above every key with this prefix
        return iterate(map(bucket).entries(past, false));
    }

    private static Iterator<Map.Entry<String, StoredObject>> iterate(Iterator<Map.Entry<byte[], byte[]>> entries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Map.Entry<String, StoredObject> next() {
                Map.Entry<byte[], byte[]> entry = entries.next();
                return Map.entry(new String(entry.getKey(), StandardCharsets.UTF_8), decode(entry.getValue()));
            }
        };
    }

    /** Every object of a bucket, for the blob sweep at start. */
    public void forEach(String bucket, Consumer<StoredObject> action) {
        map(bucket).forEach((key, value) -> action.accept(decode(value)));
    }

    /** Forgets a bucket's (empty) object map. */
    public void drop(String bucket) {
        StoredMap<byte[], byte[]> map = maps.remove(bucket);
        store.removeMap(map != null ? map : store.byteMap(MAP_PREFIX + bucket));
        store.commit();
    }

    private StoredMap<byte[], byte[]> map(String bucket) {
        return maps.computeIfAbsent(bucket, name -> store.byteMap(MAP_PREFIX + name));
    }

    private static byte[] utf8(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static StoredObject decode(byte[] json) {
        return GSON.fromJson(new String(json, StandardCharsets.UTF_8), StoredObject.class);
    }
}
