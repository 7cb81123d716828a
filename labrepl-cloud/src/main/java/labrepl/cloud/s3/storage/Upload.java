package labrepl.cloud.s3.storage;

import java.time.Instant;

/**
 * A multipart upload under way: where it will land and what the finished object will carry.
 *
 * @param checksumAlgorithm the algorithm asked for at creation, or null
 * @param checksumType      {@code COMPOSITE} or {@code FULL_OBJECT} when an algorithm was asked for
 */
public record Upload(String uploadId, String bucket, String key, long initiatedMillis, ObjectMetadata metadata,
                     String checksumAlgorithm, String checksumType) {

    public Instant initiated() {
        return Instant.ofEpochMilli(initiatedMillis);
    }
}
