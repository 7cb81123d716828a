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
 * Multipart uploads under way ({@code s3.uploads}: id to upload) and their parts
 * ({@code s3.parts}: {@code UPLOADID/NNNNN} to part, so one upload's parts sort by number).
 */
public final class MultipartStore {

    private static final Gson GSON = new Gson();

    private final StoredMap<String, String> uploads;
    private final StoredMap<String, String> parts;

    public MultipartStore(DataStore store) {
        this.uploads = store.stringMap("s3.uploads");
        this.parts = store.stringMap("s3.parts");
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

    /** Every part with the id of its upload, for the recovery at start. */
    public void forEachPart(BiConsumer<String, Part> action) {
        parts.forEach((key, json) -> action.accept(key.substring(0, key.indexOf('/')),
                GSON.fromJson(json, Part.class)));
    }

    private static String partKey(String uploadId, int partNumber) {
        return uploadId + "/" + String.format("%05d", partNumber);
    }
}
