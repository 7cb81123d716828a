package labrepl.cloud.s3;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

@WithLocalCloud
class ObjectOperationsTest {

    @ClassCloud
    static S3Client s3;
    @ClassCloud
    static LocalCloud cloud;

    private static String md5Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    private static S3Exception s3Error(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(S3Exception.class, call);
    }

    @Test
    void putThenGetReturnsTheBytesContentTypeMetadataAndMd5ETag() throws Exception {
        String bucket = newBucket(s3);
        byte[] body = "<h1>Customers</h1>".getBytes(StandardCharsets.UTF_8);
        String etag = s3.putObject(b -> b.bucket(bucket).key("index.html").contentType("text/html")
                .metadata(Map.of("lab", "one", "Owner", "Manu")).cacheControl("no-cache"),
                RequestBody.fromBytes(body)).eTag();
        assertEquals("\"" + md5Hex(body) + "\"", etag);
        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("index.html"));
        assertArrayEquals(body, got.asByteArray());
        assertEquals("text/html", got.response().contentType());
        assertEquals(Map.of("lab", "one", "owner", "Manu"), got.response().metadata());
        assertEquals("no-cache", got.response().cacheControl());
        assertEquals(etag, got.response().eTag());
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("index.html"));
        assertEquals(body.length, head.contentLength());
        assertEquals(etag, head.eTag());
    }

    @Test
    void anObjectUploadedWithoutContentTypeIsBinaryOctetStream() throws Exception {
        String bucket = newBucket(s3);
        // The SDK always sends a Content-Type; curl and plain HTTP clients may not.
        assertEquals(200, SignedHeaders.send(cloud.port(), "PUT", "/" + bucket + "/raw", new byte[] {1, 2, 3})
                .status());
        assertEquals("binary/octet-stream", s3.headObject(b -> b.bucket(bucket).key("raw")).contentType());
    }

    @Test
    void eachChecksumAlgorithmIsValidatedStoredAndReturnedWhenAskedFor() {
        String bucket = newBucket(s3);
        byte[] body = "checksummed body".repeat(1000).getBytes(StandardCharsets.UTF_8);
        // CRC64NVME needs the SDK's native CRT library; crc64nvmeIsWhatS3ComputesWhenNoChecksumIsSent covers it.
        for (ChecksumAlgorithm algorithm : List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32_C,
                ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256)) {
            String key = "object-" + algorithm;
            var put = s3.putObject(b -> b.bucket(bucket).key(key).checksumAlgorithm(algorithm),
                    RequestBody.fromBytes(body));
            // The SDK checks the returned checksum against the body it reads, so a wrong value fails here.
            ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)
                    .checksumMode(ChecksumMode.ENABLED));
            assertArrayEquals(body, got.asByteArray());
            String returned = switch (algorithm) {
                case CRC32 -> got.response().checksumCRC32();
                case CRC32_C -> got.response().checksumCRC32C();
                case SHA1 -> got.response().checksumSHA1();
                default -> got.response().checksumSHA256();
            };
            assertNotNull(returned, algorithm.toString());
            String sent = switch (algorithm) {
                case CRC32 -> put.checksumCRC32();
                case CRC32_C -> put.checksumCRC32C();
                case SHA1 -> put.checksumSHA1();
                default -> put.checksumSHA256();
            };
            assertEquals(sent, returned, algorithm.toString());
        }
    }

    @Test
    void crc64nvmeIsWhatS3ComputesWhenNoChecksumIsSent() throws Exception {
        String bucket = newBucket(s3);
        PlainHttp.Response put = SignedHeaders.send(cloud.port(), "PUT", "/" + bucket + "/check",
                "123456789".getBytes(StandardCharsets.UTF_8));
        // CRC-64/NVME("123456789") = 0xAE8B14860A799888, the standard check value.
        String expected = java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex("ae8b14860a799888"));
        assertEquals(expected, put.header("x-amz-checksum-crc64nvme"));
        assertEquals("FULL_OBJECT", put.header("x-amz-checksum-type"));
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("check").checksumMode(ChecksumMode.ENABLED));
        assertEquals(expected, head.checksumCRC64NVME());
        // The SDK asks for checksums on every GET; without the native CRT it must still read such objects.
        assertEquals("123456789", s3.getObjectAsBytes(b -> b.bucket(bucket).key("check")).asUtf8String());
    }

    @Test
    void aChecksumThatDoesNotMatchTheBodyIsBadDigestAndStoresNothing() {
        String bucket = newBucket(s3);
        S3Exception error = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("bad").checksumCRC32("AAAAAA=="),
                RequestBody.fromString("payload")));
        assertEquals("BadDigest", error.awsErrorDetails().errorCode());
        assertEquals("The CRC32 you specified did not match the calculated checksum.",
                error.awsErrorDetails().errorMessage());
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket(bucket).key("bad")));
    }

    @Test
    void aContentMd5ThatDoesNotMatchIsBadDigest() {
        String bucket = newBucket(s3);
        S3Exception error = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("md5")
                .contentMD5("1B2M2Y8AsgTpgAmY7PhCfg=="), RequestBody.fromString("not empty")));
        assertEquals("BadDigest", error.awsErrorDetails().errorCode());
        assertEquals("The Content-MD5 you specified did not match what we received.",
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void aMissingKeyIsNoSuchKeyForTheOwner() {
        String bucket = newBucket(s3);
        NoSuchKeyException error = assertThrows(NoSuchKeyException.class,
                () -> s3.getObject(b -> b.bucket(bucket).key("missing"), (r, in) -> null));
        assertEquals(404, error.statusCode());
        assertEquals("The specified key does not exist.", error.awsErrorDetails().errorMessage());
    }

    @Test
    void rangeRequestsReturnTheRequestedBytes() {
        String bucket = newBucket(s3);
        s3.putObject(b -> b.bucket(bucket).key("digits"), RequestBody.fromString("0123456789"));
        var first = s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").range("bytes=2-4"));
        assertEquals("234", first.asUtf8String());
        assertEquals("bytes 2-4/10", first.response().contentRange());
        assertEquals("789", s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").range("bytes=-3")).asUtf8String());
        assertEquals("89", s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").range("bytes=8-")).asUtf8String());
        S3Exception error = s3Error(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits")
                .range("bytes=10-20")));
        assertEquals(416, error.statusCode());
        assertEquals("InvalidRange", error.awsErrorDetails().errorCode());
    }

    @Test
    void conditionalReadsAnswer304And412AsS3Does() throws Exception {
        String bucket = newBucket(s3);
        String etag = s3.putObject(b -> b.bucket(bucket).key("c"), RequestBody.fromString("v")).eTag();
        assertEquals("v", s3.getObjectAsBytes(b -> b.bucket(bucket).key("c").ifMatch(etag)).asUtf8String());
        S3Exception failed = s3Error(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("c").ifMatch("\"other\"")));
        assertEquals(412, failed.statusCode());
        assertEquals("PreconditionFailed", failed.awsErrorDetails().errorCode());
        S3Exception notModified = s3Error(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("c").ifNoneMatch(etag)));
        assertEquals(304, notModified.statusCode());
        Instant future = Instant.now().plusSeconds(3600);
        assertEquals(304, s3Error(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("c")
                .ifModifiedSince(future))).statusCode());
        assertEquals(412, s3Error(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("c")
                .ifUnmodifiedSince(Instant.now().minusSeconds(3600)))).statusCode());
        // If-Match holding wins over a failing If-Unmodified-Since.
        assertEquals("v", s3.getObjectAsBytes(b -> b.bucket(bucket).key("c").ifMatch(etag)
                .ifUnmodifiedSince(Instant.now().minusSeconds(3600))).asUtf8String());
    }

    @Test
    void conditionalWritesRefuseToOverwriteOrToReplaceAnotherVersion() {
        String bucket = newBucket(s3);
        s3.putObject(b -> b.bucket(bucket).key("once").ifNoneMatch("*"), RequestBody.fromString("first"));
        S3Exception exists = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("once").ifNoneMatch("*"),
                RequestBody.fromString("second")));
        assertEquals(412, exists.statusCode());
        S3Exception stale = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("once").ifMatch("\"stale\""),
                RequestBody.fromString("third")));
        assertEquals(412, stale.statusCode());
        assertEquals("first", s3.getObjectAsBytes(b -> b.bucket(bucket).key("once")).asUtf8String());
    }

    @Test
    void copyObjectCopiesBytesAndMetadataOrReplacesMetadata() {
        String bucket = newBucket(s3);
        s3.putObject(b -> b.bucket(bucket).key("src").contentType("text/plain").metadata(Map.of("a", "1")),
                RequestBody.fromString("copy me"));
        var copied = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket)
                .destinationKey("dst"));
        assertEquals(s3.headObject(b -> b.bucket(bucket).key("src")).eTag(), copied.copyObjectResult().eTag());
        HeadObjectResponse copy = s3.headObject(b -> b.bucket(bucket).key("dst"));
        assertEquals("text/plain", copy.contentType());
        assertEquals(Map.of("a", "1"), copy.metadata());
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src").destinationBucket(bucket).destinationKey("dst2")
                .metadataDirective(MetadataDirective.REPLACE).contentType("text/csv").metadata(Map.of("b", "2")));
        HeadObjectResponse replaced = s3.headObject(b -> b.bucket(bucket).key("dst2"));
        assertEquals("text/csv", replaced.contentType());
        assertEquals(Map.of("b", "2"), replaced.metadata());
        assertEquals("copy me", s3.getObjectAsBytes(b -> b.bucket(bucket).key("dst2")).asUtf8String());
    }

    @Test
    void copyingAnObjectOntoItselfWithoutChangesIsRefused() {
        String bucket = newBucket(s3);
        s3.putObject(b -> b.bucket(bucket).key("self"), RequestBody.fromString("x"));
        S3Exception error = s3Error(() -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("self")
                .destinationBucket(bucket).destinationKey("self")));
        assertEquals("InvalidRequest", error.awsErrorDetails().errorCode());
        assertTrue(error.awsErrorDetails().errorMessage().startsWith("This copy request is illegal"));
    }

    @Test
    void copyFromAMissingKeyIsNoSuchKeyAndFailedSourceConditionsArePreconditionFailed() {
        String bucket = newBucket(s3);
        assertThrows(NoSuchKeyException.class, () -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("none")
                .destinationBucket(bucket).destinationKey("x")));
        s3.putObject(b -> b.bucket(bucket).key("src"), RequestBody.fromString("x"));
        S3Exception error = s3Error(() -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src")
                .destinationBucket(bucket).destinationKey("x").copySourceIfMatch("\"nope\"")));
        assertEquals(412, error.statusCode());
    }

    @Test
    void deleteObjectIsIdempotentAndDeleteObjectsReportsEachKey() {
        String bucket = newBucket(s3);
        s3.deleteObject(b -> b.bucket(bucket).key("never-there"));
        for (String key : List.of("a", "b", "c")) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(key));
        }
        var result = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(
                ObjectIdentifier.builder().key("a").build(), ObjectIdentifier.builder().key("b").build(),
                ObjectIdentifier.builder().key("zzz").build())));
        assertEquals(List.of("a", "b", "zzz"), result.deleted().stream().map(d -> d.key()).toList());
        assertEquals(List.of("c"), s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(o -> o.key())
                .toList());
    }

    @Test
    void userMetadataOverTwoKilobytesIsRefused() {
        String bucket = newBucket(s3);
        S3Exception error = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("big-meta")
                .metadata(Map.of("big", "x".repeat(2100))), RequestBody.fromString("v")));
        assertEquals("MetadataTooLarge", error.awsErrorDetails().errorCode());
    }

    @Test
    void publicAclsAreRefusedBecauseNewBucketsHaveAclsDisabled() {
        String bucket = newBucket(s3);
        S3Exception error = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("acl")
                .acl(software.amazon.awssdk.services.s3.model.ObjectCannedACL.PUBLIC_READ), RequestBody.fromString("v")));
        assertEquals("AccessControlListNotSupported", error.awsErrorDetails().errorCode());
    }

    @Test
    void uploadFeaturesTheLocalCloudDoesNotKeepAreRefusedNotDropped() {
        String bucket = newBucket(s3);
        S3Exception tags = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("t").tagging("a=b"),
                RequestBody.fromString("v")));
        assertEquals(501, tags.statusCode());
        assertEquals("NotImplemented", tags.awsErrorDetails().errorCode());
        S3Exception lock = s3Error(() -> s3.putObject(b -> b.bucket(bucket).key("l")
                .objectLockLegalHoldStatus("ON"), RequestBody.fromString("v")));
        assertEquals("Bucket is missing Object Lock Configuration", lock.awsErrorDetails().errorMessage());
        s3.putObject(b -> b.bucket(bucket).key("sse").serverSideEncryption("AES256"), RequestBody.fromString("v"));
    }

    @Test
    void responseHeaderOverridesApplyToSignedGets() {
        String bucket = newBucket(s3);
        s3.putObject(b -> b.bucket(bucket).key("o"), RequestBody.fromString("v"));
        var got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("o").responseContentType("application/json")
                .responseContentDisposition("attachment"));
        assertEquals("application/json", got.response().contentType());
        assertEquals("attachment", got.response().contentDisposition());
        assertNull(got.response().contentEncoding());
    }
}
