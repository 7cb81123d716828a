package labrepl.cloud.s3;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.EncodingType;

/** Object keys are data: none can name a file outside the bucket's storage, read or write. */
class PathTraversalTest {

    private static final List<String> HOSTILE_KEYS = List.of("../../../outside.txt", "..", "a/../../outside.txt",
            "/absolute/outside.txt", "..\\..\\outside.txt", "./././x", "%2e%2e/outside.txt", "dir//double",
            "nul\u0001byte", "C:\\outside.txt");

    @Test
    void hostileKeysAreStoredAsKeysAndNoFileAppearsOutsideTheDataFolder(@TempDir Path root) throws Exception {
        Path data = root.resolve("data");
        try (TestCloud cloud = TestCloud.persistent(data)) {
            S3Client s3 = cloud.s3();
            String bucket = newBucket(s3);
            for (String key : HOSTILE_KEYS) {
                s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("value of " + key));
            }
            for (String key : HOSTILE_KEYS) {
                assertEquals("value of " + key, s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String(), key);
            }
            assertEquals(HOSTILE_KEYS.stream().sorted((a, b) -> java.util.Arrays.compareUnsigned(
                    a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8))).toList(),
                    // A control character cannot travel in XML 1.0: as on S3, the listing asks for url encoding.
                    s3.listObjectsV2(b -> b.bucket(bucket).encodingType(EncodingType.URL)).contents().stream()
                            .map(o -> o.key()).toList());
        }
        try (Stream<Path> outside = Files.list(root)) {
            assertEquals(List.of(data), outside.toList(), "nothing was written beside the data folder");
        }
        try (Stream<Path> files = Files.walk(data.resolve("blobs"))) {
            assertTrue(files.filter(Files::isRegularFile)
                    .allMatch(file -> file.getFileName().toString().matches("[0-9a-f]{32}")),
                    "every body is in a file named by a random id, never by its key");
        }
    }

    @Test
    void dotSegmentsInTheRequestPathAreNotResolved() throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            String bucket = newBucket(cloud.s3());
            int port = cloud.cloud().port();
            PlainHttp.Response put = SignedHeaders.send(port, "PUT", "/" + bucket + "/a/../../../etc/passwd",
                    "mine".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, put.status());
            assertEquals("mine", cloud.s3().getObjectAsBytes(b -> b.bucket(bucket).key("a/../../../etc/passwd"))
                    .asUtf8String());
            PlainHttp.Response escape = SignedHeaders.send(port, "GET", "/" + bucket + "/../../../../etc/passwd", null);
            assertEquals(404, escape.status());
            assertFalse(escape.text().contains("root:"), "never a file of this machine");
        }
    }
}
