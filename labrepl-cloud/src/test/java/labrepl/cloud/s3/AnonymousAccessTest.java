package labrepl.cloud.s3;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Who may read what without credentials: the lesson of the lab's Task 1.2, as AWS teaches it. */
@WithLocalCloud
class AnonymousAccessTest {

    @ClassCloud
    static S3Client s3;
    @ClassCloud
    static LocalCloud cloud;

    static String publicRead(String bucket) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PublicReadGetObject\",\"Effect\":\"Allow\","
                + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}]}";
    }

    private static PlainHttp.Response anonymousGet(String bucket, String key) throws Exception {
        return PlainHttp.get(cloud.port(), "127.0.0.1:" + cloud.port(), "/" + bucket + "/" + key);
    }

    private static String bucketWithPage() {
        String bucket = newBucket(s3);
        s3.putObject(b -> b.bucket(bucket).key("index.html").contentType("text/html"),
                RequestBody.fromString("<p>hello</p>"));
        return bucket;
    }

    @Test
    void newBucketsBlockAllPublicAccess() {
        String bucket = newBucket(s3);
        PublicAccessBlockConfiguration settings = s3.getPublicAccessBlock(b -> b.bucket(bucket))
                .publicAccessBlockConfiguration();
        assertTrue(settings.blockPublicAcls() && settings.ignorePublicAcls() && settings.blockPublicPolicy()
                && settings.restrictPublicBuckets());
    }

    @Test
    void withoutAPolicyAnAnonymousReadIsAccessDenied() throws Exception {
        String bucket = bucketWithPage();
        PlainHttp.Response response = anonymousGet(bucket, "index.html");
        assertEquals(403, response.status());
        assertTrue(response.text().contains("<Code>AccessDenied</Code><Message>Access Denied</Message>"));
    }

    @Test
    void aPublicPolicyIsRefusedWhileBlockPublicPolicyIsOn() {
        String bucket = bucketWithPage();
        S3Exception error = assertThrows(S3Exception.class,
                () -> s3.putBucketPolicy(b -> b.bucket(bucket).policy(publicRead(bucket))));
        assertEquals(403, error.statusCode());
        assertEquals("AccessDenied", error.awsErrorDetails().errorCode());
        assertEquals("User: arn:aws:iam::000000000000:root is not authorized to perform: s3:PutBucketPolicy on"
                + " resource: \"arn:aws:s3:::" + bucket + "\" because public policies are blocked by the"
                + " BlockPublicPolicy block public access setting.", error.awsErrorDetails().errorMessage());
        assertNoPolicy(bucket);
    }

    /** The SDK has no modelled exception for NoSuchBucketPolicy: it arrives as S3Exception with that code. */
    private static void assertNoPolicy(String bucket) {
        S3Exception error = assertThrows(S3Exception.class, () -> s3.getBucketPolicy(b -> b.bucket(bucket)));
        assertEquals(404, error.statusCode());
        assertEquals("NoSuchBucketPolicy", error.awsErrorDetails().errorCode());
    }

    @Test
    void withBlockPublicAccessOffAPublicReadPolicyLetsAnyoneReadObjects() throws Exception {
        String bucket = bucketWithPage();
        s3.deletePublicAccessBlock(b -> b.bucket(bucket));
        s3.putBucketPolicy(b -> b.bucket(bucket).policy(publicRead(bucket)));
        assertEquals(publicRead(bucket), s3.getBucketPolicy(b -> b.bucket(bucket)).policy());
        assertTrue(s3.getBucketPolicyStatus(b -> b.bucket(bucket)).policyStatus().isPublic());
        PlainHttp.Response response = anonymousGet(bucket, "index.html");
        assertEquals(200, response.status());
        assertEquals("<p>hello</p>", response.text());
        assertEquals("text/html", response.header("Content-Type"));
        // GetObject alone does not let anyone list, nor learn which keys exist.
        assertEquals(403, PlainHttp.get(cloud.port(), "127.0.0.1", "/" + bucket).status());
        assertEquals(403, anonymousGet(bucket, "no-such-key").status());
        // Nor write.
        assertEquals(403, PlainHttp.send(cloud.port(), "PUT", "127.0.0.1", "/" + bucket + "/new",
                java.util.Map.of(), new byte[] {1}).status());
    }

    @Test
    void restrictPublicBucketsStopsAnExistingPublicPolicyFromGrantingAnything() throws Exception {
        String bucket = bucketWithPage();
        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c
                .blockPublicPolicy(false).blockPublicAcls(false).ignorePublicAcls(false).restrictPublicBuckets(false)));
        s3.putBucketPolicy(b -> b.bucket(bucket).policy(publicRead(bucket)));
        assertEquals(200, anonymousGet(bucket, "index.html").status());
        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c
                .restrictPublicBuckets(true)));
        assertEquals(403, anonymousGet(bucket, "index.html").status());
        s3.deleteBucketPolicy(b -> b.bucket(bucket));
        assertNoPolicy(bucket);
    }

    @Test
    void grantingListBucketTurnsAMissingKeyInto404() throws Exception {
        String bucket = bucketWithPage();
        s3.deletePublicAccessBlock(b -> b.bucket(bucket));
        s3.putBucketPolicy(b -> b.bucket(bucket).policy("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::"
                + bucket + "/*\"},{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:ListBucket\","
                + "\"Resource\":\"arn:aws:s3:::" + bucket + "\"}]}"));
        PlainHttp.Response missing = anonymousGet(bucket, "no-such-key");
        assertEquals(404, missing.status());
        assertTrue(missing.text().contains("<Code>NoSuchKey</Code>"));
        assertTrue(PlainHttp.get(cloud.port(), "127.0.0.1", "/" + bucket + "?list-type=2").text()
                .contains("<Key>index.html</Key>"));
    }

    @Test
    void aPolicyConfinedToThisMachinesAddressIsNotPublicSoRestrictPublicBucketsAllowsIt() throws Exception {
        String bucket = bucketWithPage();
        s3.putBucketPolicy(b -> b.bucket(bucket).policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + bucket
                + "/*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"127.0.0.1/32\"}}}]}"));
        assertEquals(200, anonymousGet(bucket, "index.html").status());
    }

    @Test
    void aDenyOnInsecureTransportAppliesToTheOwnerTooButNeverLocksThePolicyAway() {
        String bucket = bucketWithPage();
        s3.putBucketPolicy(b -> b.bucket(bucket).policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::" + bucket
                + "\",\"arn:aws:s3:::" + bucket + "/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"));
        S3Exception denied = assertThrows(S3Exception.class,
                () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("index.html")));
        assertEquals(403, denied.statusCode());
        s3.deleteBucketPolicy(b -> b.bucket(bucket));
        assertEquals("<p>hello</p>", s3.getObjectAsBytes(b -> b.bucket(bucket).key("index.html")).asUtf8String());
    }

    @Test
    void presignedUrlsAreSignedRequestsUntilTheyExpire() throws Exception {
        String bucket = bucketWithPage();
        String target = "/" + bucket + "/index.html?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=test-key%2F20250101%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=DATE"
                + "&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=00";
        String now = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now());
        assertEquals(200, PlainHttp.get(cloud.port(), "127.0.0.1", target.replace("DATE", now)).status());
        PlainHttp.Response expired = PlainHttp.get(cloud.port(), "127.0.0.1",
                target.replace("DATE", "20200101T000000Z"));
        assertEquals(403, expired.status());
        assertTrue(expired.text().contains("<Message>Request has expired</Message>"));
    }
}
