package labrepl.cloud.s3.storage;

import com.google.gson.Gson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import labrepl.cloud.storage.DataStore;
import org.h2.mvstore.MVMap;

/**
 * Multipart uploads under way ({@code s3.uploads}: id to upload) and their parts
 * ({@code s3.parts}: {@code UPLOADID/NNNNN} to part, so one upload's parts sort by number).
 */
public final class MultipartStore {

    private static final Gson GSON = new Gson();

    private final DataStore store;
    private final MVMap<String, String> uploads;
    private final MVMap<String, String> parts;

    public MultipartStore(DataStore store) {
        this.store = store;
        this.uploads = store.stringMap("s3.uploads");
        this.parts = store.stringMap("s3.parts");
    }

    public Upload create(String bucket, String key, ObjectMetadata metadata, String checksumAlgorithm,
                         String checksumType, Instant now) {
        String id = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        Upload upload = new Upload(id, bucket, key, now.toEpochMilli(), metadata, checksumAlgorithm, checksumType);
        uploads.put(id, GSON.toJson(upload));
        store.commit();
        return upload;
    }

    public Optional<Upload> find(String uploadId) {
        String json = uploads.get(uploadId);
        return json == null ? Optional.empty() : Optional.of(GSON.fromJson(json, Upload.class));
    }

    /** Records a part, durably; returns the part it replaced, whose blob can then go. */
    public Optional<Part> putPart(String uploadId, Part part) {
        String previous = parts.put(partKey(uploadId, part.partNumber()), GSON.toJson(part));
        store.commit();
        return previous == null ? Optional.empty() : Optional.of(GSON.fromJson(previous, Part.class));
    }

    /** An upload's parts in part-number order. */
    public List<Part> parts(String uploadId) {
        List<Part> found = new ArrayList<>();
        String prefix = uploadId + "/";
        for (var cursor = parts.cursor(prefix); cursor.hasNext(); ) {
            String key = cursor.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            found.add(GSON.fromJson(cursor.getValue(), Part.class));
        }
        return found;
    }

    /** A bucket's uploads ordered by key, then by initiation time. */
    public List<Upload> uploads(String bucket) {
        List<Upload> found = new ArrayList<>();
        for (String json : uploads.values()) {
            Upload upload = GSON.fromJson(json, Upload.class);
            if (upload.bucket().equals(bucket)) {
                found.add(upload);
            }
        }
        found.sort(Comparator.comparing(Upload::key).thenComparingLong(Upload::initiatedMillis));
        return found;
    }

    /** Ends an upload, durably, and returns its parts so the caller can keep or delete their blobs. */
    public List<Part> remove(String uploadId) {
        List<Part> removed = parts(uploadId);
        for (Part part : removed) {
            parts.remove(partKey(uploadId, part.partNumber()));
        }
        uploads.remove(uploadId);
        store.commit();
        return removed;
    }

    /** Every part with the id of its upload, for the recovery at start. */
    public void forEachPart(BiConsumer<String, Part> action) {
        for (Map.Entry<String, String> entry : parts.entrySet()) {
            String uploadId = entry.getKey().substring(0, entry.getKey().indexOf('/'));
            action.accept(uploadId, GSON.fromJson(entry.getValue(), Part.class));
        }
    }

    private static String partKey(String uploadId, int partNumber) {
        return uploadId + "/" + String.format("%05d", partNumber);
    }
}
