package labrepl.cloud.s3.storage;

import java.time.Instant;

/** One uploaded part: its number, size, quoted MD5 ETag, checksum (base64 or null) and blob. */
public record Part(int partNumber, long size, String etag, long lastModifiedMillis, String checksum, Segment segment) {

    public Instant lastModified() {
        return Instant.ofEpochMilli(lastModifiedMillis);
    }
}
