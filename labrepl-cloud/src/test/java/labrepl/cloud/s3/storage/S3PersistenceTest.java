package labrepl.cloud.s3.storage;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

class S3PersistenceTest {

    @Test
    void bucketsObjectsConfigurationAndUploadsSurviveARestart(@TempDir Path data) {
        String bucket;
        String uploadId;
        try (TestCloud cloud = TestCloud.persistent(data)) {
            S3Client s3 = cloud.s3();
            bucket = newBucket(s3);
            s3.putObject(b -> b.bucket(bucket).key("index.html").contentType("text/html"),
                    RequestBody.fromString("kept"));
            s3.putBucketWebsite(b -> b.bucket(bucket).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))));
            s3.deletePublicAccessBlock(b -> b.bucket(bucket));
            uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("big")).uploadId();
            s3.uploadPart(b -> b.bucket(bucket).key("big").uploadId(uploadId).partNumber(1),
                    RequestBody.fromString("part one"));
        }
        try (TestCloud cloud = TestCloud.persistent(data)) {
            S3Client s3 = cloud.s3();
            var object = s3.getObjectAsBytes(b -> b.bucket(bucket).key("index.html"));
            assertEquals("kept", object.asUtf8String());
            assertEquals("text/html", object.response().contentType());
            assertEquals("index.html", s3.getBucketWebsite(b -> b.bucket(bucket)).indexDocument().suffix());
            assertEquals(1, s3.listParts(b -> b.bucket(bucket).key("big").uploadId(uploadId)).parts().size());
            assertThrowsNoPublicAccessBlock(s3, bucket);
        }
    }

    private static void assertThrowsNoPublicAccessBlock(S3Client s3, String bucket) {
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                software.amazon.awssdk.services.s3.model.S3Exception.class,
                () -> s3.getPublicAccessBlock(b -> b.bucket(bucket)));
        assertEquals("NoSuchPublicAccessBlockConfiguration", error.awsErrorDetails().errorCode());
    }

    @Test
    void aBodyLeftWithoutMetadataByACrashIsRemovedAtTheNextStart(@TempDir Path data) throws Exception {
        try (TestCloud cloud = TestCloud.persistent(data)) {
            String bucket = newBucket(cloud.s3());
            cloud.s3().putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("referenced"));
        }
        Path orphan = data.resolve("blobs/s3/ab/ab000000000000000000000000000000");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "written, never committed");
        try (TestCloud cloud = TestCloud.persistent(data)) {
            assertFalse(Files.exists(orphan));
            try (var files = Files.walk(data.resolve("blobs/s3"))) {
                assertTrue(files.anyMatch(Files::isRegularFile), "the referenced body stays");
            }
        }
    }
}
