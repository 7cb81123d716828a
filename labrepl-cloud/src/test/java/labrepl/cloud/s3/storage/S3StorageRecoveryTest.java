package labrepl.cloud.s3.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import labrepl.cloud.storage.DataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3StorageRecoveryTest {

    private static final ObjectMetadata METADATA = new ObjectMetadata("text/plain", null, null, null, null, null,
            null, null, Map.of());

    @Test
    void anUploadWhoseCompletionWasCutShortIsForgottenWithoutTouchingTheObjectsBytes(@TempDir Path data)
            throws Exception {
        byte[] body = "completed".getBytes();
        String uploadId;
        try (DataStore store = DataStore.open(data)) {
            S3Storage storage = new S3Storage(store);
            storage.buckets().create(Bucket.create("b-1", "us-west-2", Instant.now(), Map.of()));
            Upload upload = storage.uploads().create("b-1", "k", METADATA, null, "FULL_OBJECT", Instant.now());
            uploadId = upload.uploadId();
            Segment segment = storage.blobs().write(new ByteArrayInputStream(body));
            storage.uploads().putPart(uploadId, new Part(1, body.length, "\"e\"", 0, null, segment));
            // The object is written; the stop comes before the upload is forgotten.
            storage.objects().put("b-1", "k", new StoredObject(body.length, "\"e-1\"", 0, METADATA, null, null, null,
                    1, List.of(segment)));
        }
        try (DataStore store = DataStore.open(data)) {
            S3Storage storage = new S3Storage(store);
            assertTrue(storage.uploads().find(uploadId).isEmpty(), "the finished upload is gone");
            StoredObject object = storage.objects().get("b-1", "k").orElseThrow();
            try (InputStream in = storage.blobs().open(object.segments(), 0, object.size())) {
                assertArrayEquals(body, in.readAllBytes());
            }
        }
    }
}
