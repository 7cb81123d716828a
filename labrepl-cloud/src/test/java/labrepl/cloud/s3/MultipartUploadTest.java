package labrepl.cloud.s3;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.S3Exception;

@WithLocalCloud
class MultipartUploadTest {

    private static final int MIB = 1024 * 1024;

    @ClassCloud
    static S3Client s3;

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String start(String bucket, String key) {
        return s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType("video/mp4")).uploadId();
    }

    private static CompletedPart upload(String bucket, String key, String uploadId, int number, byte[] bytes) {
        String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                RequestBody.fromBytes(bytes)).eTag();
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    @Test
    void completedUploadHasTheConcatenatedBytesAndS3sMultipartETag() throws Exception {
        String bucket = newBucket(s3);
        byte[] first = randomBytes(5 * MIB, 1);
        byte[] second = randomBytes(1234, 2);
        String uploadId = start(bucket, "movie.mp4");
        List<CompletedPart> parts = List.of(upload(bucket, "movie.mp4", uploadId, 1, first),
                upload(bucket, "movie.mp4", uploadId, 2, second));
        String etag = s3.completeMultipartUpload(b -> b.bucket(bucket).key("movie.mp4").uploadId(uploadId)
                .multipartUpload(m -> m.parts(parts))).eTag();
        MessageDigest md5s = MessageDigest.getInstance("MD5");
        md5s.update(MessageDigest.getInstance("MD5").digest(first));
        md5s.update(MessageDigest.getInstance("MD5").digest(second));
        assertEquals("\"" + HexFormat.of().formatHex(md5s.digest()) + "-2\"", etag);
        byte[] whole = s3.getObjectAsBytes(b -> b.bucket(bucket).key("movie.mp4")).asByteArray();
        byte[] expected = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, expected, first.length, second.length);
        assertArrayEquals(expected, whole);
        assertEquals("video/mp4", s3.headObject(b -> b.bucket(bucket).key("movie.mp4")).contentType());
        var part2 = s3.getObjectAsBytes(b -> b.bucket(bucket).key("movie.mp4").partNumber(2));
        assertArrayEquals(second, part2.asByteArray());
        assertEquals(2, part2.response().partsCount());
        var range = s3.getObjectAsBytes(b -> b.bucket(bucket).key("movie.mp4")
                .range("bytes=" + (5 * MIB - 2) + "-" + (5 * MIB + 1)));
        assertArrayEquals(Arrays.copyOfRange(expected, 5 * MIB - 2, 5 * MIB + 2), range.asByteArray());
        assertThrows(NoSuchUploadException.class, () -> s3.listParts(b -> b.bucket(bucket).key("movie.mp4")
                .uploadId(uploadId)));
    }

    @Test
    void aPartSmallerThanFiveMibBeforeTheLastIsEntityTooSmall() {
        String bucket = newBucket(s3);
        String uploadId = start(bucket, "small");
        List<CompletedPart> parts = List.of(upload(bucket, "small", uploadId, 1, new byte[100]),
                upload(bucket, "small", uploadId, 2, new byte[100]));
        S3Exception error = assertThrows(S3Exception.class, () -> s3.completeMultipartUpload(b -> b.bucket(bucket)
                .key("small").uploadId(uploadId).multipartUpload(m -> m.parts(parts))));
        assertEquals("EntityTooSmall", error.awsErrorDetails().errorCode());
    }

    @Test
    void partsOutOfOrderOrWithAWrongETagAreRefused() {
        String bucket = newBucket(s3);
        String uploadId = start(bucket, "k");
        CompletedPart one = upload(bucket, "k", uploadId, 1, new byte[10]);
        CompletedPart two = upload(bucket, "k", uploadId, 2, new byte[10]);
        S3Exception order = assertThrows(S3Exception.class, () -> s3.completeMultipartUpload(b -> b.bucket(bucket)
                .key("k").uploadId(uploadId).multipartUpload(m -> m.parts(two, one))));
        assertEquals("InvalidPartOrder", order.awsErrorDetails().errorCode());
        CompletedPart wrong = CompletedPart.builder().partNumber(1).eTag("\"0123456789abcdef0123456789abcdef\"").build();
        S3Exception part = assertThrows(S3Exception.class, () -> s3.completeMultipartUpload(b -> b.bucket(bucket)
                .key("k").uploadId(uploadId).multipartUpload(m -> m.parts(wrong))));
        assertEquals("InvalidPart", part.awsErrorDetails().errorCode());
    }

    @Test
    void anAbortedUploadIsGoneAndListsNoMore() {
        String bucket = newBucket(s3);
        String uploadId = start(bucket, "gone");
        upload(bucket, "gone", uploadId, 1, new byte[10]);
        assertEquals(1, s3.listParts(b -> b.bucket(bucket).key("gone").uploadId(uploadId)).parts().size());
        assertEquals(List.of(uploadId), s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().stream()
                .map(u -> u.uploadId()).toList());
        s3.abortMultipartUpload(b -> b.bucket(bucket).key("gone").uploadId(uploadId));
        assertThrows(NoSuchUploadException.class, () -> s3.uploadPart(b -> b.bucket(bucket).key("gone")
                .uploadId(uploadId).partNumber(2), RequestBody.fromString("x")));
        assertTrue(s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().isEmpty());
    }

    @Test
    void uploadPartCopyTakesARangeOfAnExistingObject() {
        String bucket = newBucket(s3);
        byte[] source = randomBytes(6 * MIB, 3);
        s3.putObject(b -> b.bucket(bucket).key("source"), RequestBody.fromBytes(source));
        String uploadId = start(bucket, "copied");
        List<CompletedPart> parts = new ArrayList<>();
        String etag = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey("source").destinationBucket(bucket)
                .destinationKey("copied").uploadId(uploadId).partNumber(1).copySourceRange("bytes=0-" + (5 * MIB - 1)))
                .copyPartResult().eTag();
        parts.add(CompletedPart.builder().partNumber(1).eTag(etag).build());
        parts.add(upload(bucket, "copied", uploadId, 2, "tail".getBytes()));
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("copied").uploadId(uploadId)
                .multipartUpload(m -> m.parts(parts)));
        byte[] copied = s3.getObjectAsBytes(b -> b.bucket(bucket).key("copied")).asByteArray();
        assertArrayEquals(Arrays.copyOf(source, 5 * MIB), Arrays.copyOf(copied, 5 * MIB));
        assertEquals("tail", new String(Arrays.copyOfRange(copied, 5 * MIB, copied.length)));
    }

    @Test
    void aFullObjectCrc32IsTheCrcOfTheWholeObjectCombinedFromItsParts() {
        String bucket = newBucket(s3);
        byte[] first = randomBytes(5 * MIB, 4);
        byte[] second = randomBytes(777, 5);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("full")
                .checksumAlgorithm(ChecksumAlgorithm.CRC32).checksumType(ChecksumType.FULL_OBJECT)).uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        int number = 1;
        for (byte[] bytes : List.of(first, second)) {
            int n = number++;
            var response = s3.uploadPart(b -> b.bucket(bucket).key("full").uploadId(uploadId).partNumber(n)
                    .checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromBytes(bytes));
            parts.add(CompletedPart.builder().partNumber(n).eTag(response.eTag())
                    .checksumCRC32(response.checksumCRC32()).build());
        }
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("full").uploadId(uploadId)
                .multipartUpload(m -> m.parts(parts)));
        CRC32 crc = new CRC32();
        crc.update(first);
        crc.update(second);
        String expected = Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue())
                .array());
        var head = s3.headObject(b -> b.bucket(bucket).key("full").checksumMode(ChecksumMode.ENABLED));
        assertEquals(expected, head.checksumCRC32());
        assertEquals(ChecksumType.FULL_OBJECT, head.checksumType());
        // A GET with checksum validation reads the whole object and checks it against that value.
        assertEquals(first.length + second.length, s3.getObjectAsBytes(b -> b.bucket(bucket).key("full")
                .checksumMode(ChecksumMode.ENABLED)).asByteArray().length);
    }

    @Test
    void aCompositeChecksumEndsWithThePartCount() {
        String bucket = newBucket(s3);
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key("composite")
                .checksumAlgorithm(ChecksumAlgorithm.SHA256)).uploadId();
        var response = s3.uploadPart(b -> b.bucket(bucket).key("composite").uploadId(uploadId).partNumber(1)
                .checksumAlgorithm(ChecksumAlgorithm.SHA256), RequestBody.fromString("only part"));
        s3.completeMultipartUpload(b -> b.bucket(bucket).key("composite").uploadId(uploadId).multipartUpload(m -> m
                .parts(CompletedPart.builder().partNumber(1).eTag(response.eTag())
                        .checksumSHA256(response.checksumSHA256()).build())));
        var head = s3.headObject(b -> b.bucket(bucket).key("composite").checksumMode(ChecksumMode.ENABLED));
        assertTrue(head.checksumSHA256().endsWith("-1"), head.checksumSHA256());
        assertEquals(ChecksumType.COMPOSITE, head.checksumType());
    }
}
