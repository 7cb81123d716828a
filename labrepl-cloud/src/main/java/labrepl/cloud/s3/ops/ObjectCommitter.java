package labrepl.cloud.s3.ops;

import java.util.HexFormat;
import java.util.Optional;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.StoredObject;

/**
 * Makes a stored object visible under its key: under the bucket's lock, checks that the
 * bucket still exists and the conditional-write headers still hold, commits the metadata,
 * then deletes the replaced object's blobs. On refusal the new blobs are deleted.
 */
final class ObjectCommitter {

    private final S3Storage storage;

    ObjectCommitter(S3Storage storage) {
        this.storage = storage;
    }

    /** The ETag S3 gives a body: its MD5 in hex, quoted. */
    static String etag(byte[] md5) {
        return "\"" + HexFormat.of().formatHex(md5) + "\"";
    }

    void commit(String bucket, String key, StoredObject object, HttpHeaders conditions) {
        Optional<StoredObject> replaced;
        try {
            synchronized (storage.bucketLock(bucket)) {
                storage.buckets().require(bucket);
                checkWriteConditions(storage.objects().get(bucket, key), key, conditions);
                replaced = storage.objects().put(bucket, key, object);
            }
        } catch (RuntimeException refused) {
            storage.blobs().delete(object.segments());
            throw refused;
        }
        replaced.ifPresent(previous -> storage.blobs().delete(previous.segments()));
    }

    /** Conditional writes: If-None-Match: * refuses to overwrite, If-Match names the ETag to replace. */
    private static void checkWriteConditions(Optional<StoredObject> existing, String key, HttpHeaders conditions) {
        if (conditions == null) {
            return;
        }
        String ifNoneMatch = conditions.first("If-None-Match");
        if (ifNoneMatch != null && existing.isPresent()) {
            throw S3Error.preconditionFailed("If-None-Match");
        }
        String ifMatch = conditions.first("If-Match");
        if (ifMatch != null) {
            if (existing.isEmpty()) {
                throw S3Error.noSuchKey(key);
            }
            if (!ObjectResponses.etagMatches(ifMatch, existing.get().etag())) {
                throw S3Error.preconditionFailed("If-Match");
            }
        }
    }
}
