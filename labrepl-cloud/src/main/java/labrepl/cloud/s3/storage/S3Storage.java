package labrepl.cloud.s3.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import labrepl.cloud.storage.DataStore;

/**
 * S3's state in the local cloud's data store: bucket metadata, object metadata, multipart
 * uploads, and the blob files holding bodies. Opening it removes blobs that a crash left
 * without metadata.
 */
public final class S3Storage {

    private static final Logger LOG = Logger.getLogger(S3Storage.class.getName());

    private final BucketCatalog buckets;
    private final ObjectIndex objects;
    private final MultipartStore uploads;
    private final BlobStore blobs;
    private final Map<String, Object> bucketLocks = new ConcurrentHashMap<>();

    public S3Storage(DataStore store) {
        this.buckets = new BucketCatalog(store);
        this.objects = new ObjectIndex(store);
        this.uploads = new MultipartStore(store);
        this.blobs = new BlobStore(store.blobFolder().resolve("s3"), store.isPersistent());
        sweepOrphanBlobs();
    }

    public BucketCatalog buckets() {
        return buckets;
    }

    public ObjectIndex objects() {
        return objects;
    }

    public MultipartStore uploads() {
        return uploads;
    }

    public BlobStore blobs() {
        return blobs;
    }

    /**
     * The lock held while object metadata is written into a bucket and while the bucket is
     * deleted, so that no write lands in a bucket being removed.
     */
    public Object bucketLock(String bucket) {
        return bucketLocks.computeIfAbsent(bucket, name -> new Object());
    }

    /**
     * Completing a multipart upload writes the object, then forgets the upload: a stop between
     * the two leaves an upload whose parts the object owns. Forget it too (aborting it would
     * delete the object's bytes), then delete every blob nothing references.
     */
    private void sweepOrphanBlobs() {
        Set<String> referenced = new HashSet<>();
        for (Bucket bucket : buckets.list()) {
            objects.forEach(bucket.name(), object -> object.segments().forEach(s -> referenced.add(s.blobId())));
        }
        Set<String> completed = new HashSet<>();
        uploads.forEachPart((uploadId, part) -> {
            if (referenced.contains(part.segment().blobId())) {
                completed.add(uploadId);
            }
        });
        completed.forEach(uploads::remove);
        uploads.forEachPart((uploadId, part) -> referenced.add(part.segment().blobId()));
        try {
            int removed = blobs.sweep(referenced);
            if (removed > 0) {
                LOG.info("Removed " + removed + " object bodies left without metadata by an earlier stop");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the folder of object bodies", e);
        }
    }
}
