package labrepl.cloud.s3.storage;

import java.time.Instant;
import java.util.List;

/**
 * An object as stored: its size, ETag, last-modified time, metadata, additional checksum
 * and the blob segments holding its bytes.
 *
 * @param etag           quoted, as S3 sends it: MD5 hex, or MD5-of-MD5s and {@code -N} for N parts
 * @param checksum       base64 value of {@code checksumAlgorithm}, or null; {@code -N} suffixed when composite
 * @param checksumType   {@code FULL_OBJECT} or {@code COMPOSITE}, or null without a checksum
 * @param partsCount     the number of parts of a multipart upload, 0 for a single PUT
 */
public record StoredObject(long size, String etag, long lastModifiedMillis, ObjectMetadata metadata,
                           String checksumAlgorithm, String checksum, String checksumType, int partsCount,
                           List<Segment> segments) {

    public StoredObject {
        segments = List.copyOf(segments);
    }

    public Instant lastModified() {
        return Instant.ofEpochMilli(lastModifiedMillis);
    }
}
