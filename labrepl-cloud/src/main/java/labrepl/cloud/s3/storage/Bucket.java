package labrepl.cloud.s3.storage;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A bucket's metadata: its name, region, creation time and its configuration documents
 * by subresource name ({@code policy}, {@code publicAccessBlock}, {@code website}), kept
 * as text so storage need not know their shapes.
 */
public record Bucket(String name, String region, long createdMillis, Map<String, String> documents) {

    public Bucket {
        documents = Map.copyOf(documents);
    }

    public static Bucket create(String name, String region, Instant created, Map<String, String> documents) {
        return new Bucket(name, region, created.toEpochMilli(), documents);
    }

    public Instant created() {
        return Instant.ofEpochMilli(createdMillis);
    }

    public Optional<String> document(String subresource) {
        return Optional.ofNullable(documents.get(subresource));
    }

    /** This bucket with a document set, or removed when {@code text} is null. */
    public Bucket withDocument(String subresource, String text) {
        Map<String, String> changed = new TreeMap<>(documents);
        if (text == null) {
            changed.remove(subresource);
        } else {
            changed.put(subresource, text);
        }
        return new Bucket(name, region, createdMillis, changed);
    }
}
