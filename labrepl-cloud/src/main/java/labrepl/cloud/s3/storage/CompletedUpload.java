package labrepl.cloud.s3.storage;

/**
 * What a completed multipart upload answered, kept for a day: clients retry
 * CompleteMultipartUpload when its answer is lost, and S3 answers the retry with the same result.
 *
 * @param result the CompleteMultipartUploadResult document as first sent
 */
public record CompletedUpload(String bucket, String key, String result, long completedMillis) {
}
