package labrepl.cloud.s3.storage;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;

/**
 * Every bucket's metadata, in the data store's {@code s3.buckets} map (name to JSON) with
 * an in-memory copy for the per-request lookups. Each change is committed before it returns.
 */
public final class BucketCatalog {

    private static final Gson GSON = new Gson();

    private final StoredMap<String, String> buckets;
    private final Map<String, Bucket> cache = new ConcurrentHashMap<>();

    public BucketCatalog(DataStore store) {
        this.buckets = store.stringMap("s3.buckets");
        buckets.forEach((name, json) -> cache.put(name, GSON.fromJson(json, Bucket.class)));
    }

    public Optional<Bucket> find(String name) {
        return Optional.ofNullable(cache.get(name));
    }

    /** The bucket, or NoSuchBucket. */
    public Bucket require(String name) {
        return find(name).orElseThrow(() -> S3Error.noSuchBucket(name));
    }

    /** Adds a bucket; false when one of that name exists already. */
    public synchronized boolean create(Bucket bucket) {
        if (cache.containsKey(bucket.name())) {
            return false;
        }
        write(bucket);
        return true;
    }

    /** Replaces a bucket's metadata with {@code change} applied to it. */
    public synchronized Bucket update(String name, UnaryOperator<Bucket> change) {
        Bucket changed = change.apply(require(name));
        write(changed);
        return changed;
    }

    public synchronized void delete(String name) {
        buckets.removeDurably(name);
        cache.remove(name);
    }

    /** Every bucket, in name order. */
    public List<Bucket> list() {
        List<Bucket> all = new ArrayList<>(cache.values());
        all.sort((a, b) -> a.name().compareTo(b.name()));
        return all;
    }

    private void write(Bucket bucket) {
        buckets.putDurably(bucket.name(), GSON.toJson(bucket));
        cache.put(bucket.name(), bucket);
    }
}
