package labrepl.cloud.s3.storage;

/** One stored piece of an object's body: a blob file and its length. A multipart object has one per part. */
public record Segment(String blobId, long length) {
}
