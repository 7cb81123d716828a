package labrepl.cloud.s3.storage;

import com.google.gson.Gson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;

/**
 * Multipart uploads under way ({@code s3.uploads}: id to upload), their parts
 * ({@code s3.parts}: {@code UPLOADID/NNNNN} to part, so one upload's parts sort by number) and
 * the answers of recently completed ones ({@code s3.completed-uploads}: id to completion).
 */
public final class MultipartStore {

    private static final Gson GSON = new Gson();
    private static final long COMPLETION_KEPT_MILLIS = 24L * 60 * 60 * 1000;

    private final StoredMap<String, String> uploads;
    private final StoredMap<String, String> parts;
    private final StoredMap<String, String> completed;

    public MultipartStore(DataStore store) {
        this.uploads = store.stringMap("s3.uploads");
        this.parts = store.stringMap("s3.parts");
        this.completed = store.stringMap("s3.completed-uploads");
    }

    public Upload create(String bucket, String key, ObjectMetadata metadata, String checksumAlgorithm,
                         String checksumType, Instant now) {
        String id = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        Upload upload = new Upload(id, bucket, key, now.toEpochMilli(), metadata, checksumAlgorithm, checksumType);
        uploads.putDurably(id, GSON.toJson(upload));
        return upload;
    }

    public Optional<Upload> find(String uploadId) {
        String json = uploads.get(uploadId);
        return json == null ? Optional.empty() : Optional.of(GSON.fromJson(json, Upload.class));
    }

    /** Records a part, durably; returns the part it replaced, whose blob can then go. */
    public Optional<Part> putPart(String uploadId, Part part) {
        String previous = parts.putDurably(partKey(uploadId, part.partNumber()), GSON.toJson(part));
        return previous == null ? Optional.empty() : Optional.of(GSON.fromJson(previous, Part.class));
    }

    /** An upload's parts in part-number order. */
    public List<Part> parts(String uploadId) {
        List<Part> found = new ArrayList<>();
        String prefix = uploadId + "/";
        for (Iterator<Map.Entry<String, String>> entries = parts.entries(prefix, false); entries.hasNext(); ) {
            Map.Entry<String, String> entry = entries.next();
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            found.add(GSON.fromJson(entry.getValue(), Part.class));
        }
        return found;
    }

    /** A bucket's uploads ordered by key, then by initiation time. */
    public List<Upload> uploads(String bucket) {
        List<Upload> found = new ArrayList<>();
        uploads.forEach((id, json) -> {
            Upload upload = GSON.fromJson(json, Upload.class);
            if (upload.bucket().equals(bucket)) {
                found.add(upload);
            }
        });
        found.sort(Comparator.comparing(Upload::key).thenComparingLong(Upload::initiatedMillis));
        return found;
    }

    /** Ends an upload, durably, and returns its parts so the caller can keep or delete their blobs. */
    public List<Part> remove(String uploadId) {
        List<Part> removed = parts(uploadId);
        for (Part part : removed) {
            parts.removeAtCheckpoint(partKey(uploadId, part.partNumber()));
        }
        uploads.removeDurably(uploadId); // the commit makes the parts' removal durable too
        return removed;
    }

    /**
     * Ends a completed upload, durably, remembering its answer for retries, and returns its parts.
     * Answers older than a day are forgotten.
     */
    public List<Part> complete(String uploadId, CompletedUpload completion) {
        List<String> expired = new ArrayList<>();
        completed.forEach((id, json) -> {
            if (GSON.fromJson(json, CompletedUpload.class).completedMillis()
                    < completion.completedMillis() - COMPLETION_KEPT_MILLIS) {
                expired.add(id);
            }
        });
        expired.forEach(completed::removeAtCheckpoint);
        completed.putAtCheckpoint(uploadId, GSON.toJson(completion));
        return remove(uploadId); // its commit makes the completion durable too
    }

    /** The answer of an upload completed within the last day, or empty. */
    public Optional<CompletedUpload> completion(String uploadId) {
        String json = completed.get(uploadId);
        return json == null ? Optional.empty() : Optional.of(GSON.fromJson(json, CompletedUpload.class));
    }

    /** Every part with the id of its upload, for the recovery at start. */
    public void forEachPart(BiConsumer<String, Part> action) {
        parts.forEach((key, json) -> action.accept(key.substring(0, key.indexOf('/')),
                GSON.fromJson(json, Part.class)));
    }

    private static String partKey(String uploadId, int partNumber) {
        return uploadId + "/" + String.format("%05d", partNumber);
    }
}
