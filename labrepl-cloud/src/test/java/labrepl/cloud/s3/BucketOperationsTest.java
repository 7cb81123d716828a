package labrepl.cloud.s3;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

@WithLocalCloud
class BucketOperationsTest {

    @ClassCloud
    static S3Client s3;
    @ClassCloud
    static LocalCloud cloud;

    static S3Exception s3Error(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(S3Exception.class, call);
    }

    @Test
    void createdBucketIsListedWithItsRegionAndHeadBucketSucceeds() {
        String name = newBucket(s3);
        List<Bucket> buckets = s3.listBuckets().buckets();
        assertTrue(buckets.stream().anyMatch(b -> b.name().equals(name) && "us-west-2".equals(b.bucketRegion())));
        assertEquals("us-west-2", s3.headBucket(b -> b.bucket(name)).bucketRegion());
    }

    @Test
    void getBucketLocationNamesTheRegion() {
        String name = newBucket(s3);
        assertEquals(BucketLocationConstraint.US_WEST_2, s3.getBucketLocation(b -> b.bucket(name)).locationConstraint());
    }

    @Test
    void creatingABucketYouOwnAgainIsBucketAlreadyOwnedByYou() {
        String name = newBucket(s3);
        BucketAlreadyOwnedByYouException error = assertThrows(BucketAlreadyOwnedByYouException.class,
                () -> s3.createBucket(b -> b.bucket(name).createBucketConfiguration(
                        c -> c.locationConstraint(BucketLocationConstraint.US_WEST_2))));
        assertEquals(409, error.statusCode());
    }

    @Test
    void creatingWithoutLocationConstraintOutsideUsEast1IsIllegalLocationConstraint() throws Exception {
        // The SDK adds the constraint itself, as the AWS CLI's s3api does not: send the CLI's request.
        PlainHttp.Response response = SignedHeaders.send(cloud.port(), "PUT", "/no-constraint-bucket", null);
        assertEquals(400, response.status());
        assertTrue(response.text().contains("<Code>IllegalLocationConstraintException</Code><Message>The unspecified"
                + " location constraint is incompatible for the region specific endpoint this request was sent to."
                + "</Message>"), response.text());
    }

    @Test
    void creatingWithAnotherRegionsConstraintIsIllegalLocationConstraint() {
        S3Exception error = s3Error(() -> s3.createBucket(b -> b.bucket("other-region-bucket")
                .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1))));
        assertEquals("IllegalLocationConstraintException", error.awsErrorDetails().errorCode());
        assertTrue(error.awsErrorDetails().errorMessage().startsWith("The eu-west-1 location constraint"));
    }

    @Test
    void usEast1TakesNoConstraintReportsAnEmptyLocationAndRefusesItsOwnName() {
        try (TestCloud east = TestCloud.inMemory("us-east-1")) {
            S3Client client = east.s3();
            client.createBucket(b -> b.bucket("east-bucket"));
            client.createBucket(b -> b.bucket("east-bucket")); // legacy: 200 for a bucket you own
            String location = client.getBucketLocation(b -> b.bucket("east-bucket")).locationConstraintAsString();
            assertTrue(location == null || location.isEmpty(), location);
            S3Exception error = s3Error(() -> client.createBucket(b -> b.bucket("east-two")
                    .createBucketConfiguration(c -> c.locationConstraint("us-east-1"))));
            assertEquals("InvalidLocationConstraint", error.awsErrorDetails().errorCode());
        }
    }

    @Test
    void invalidBucketNamesAreRefused() throws Exception {
        // The SDK checks names before sending; the AWS CLI does not, so the server must.
        for (String name : List.of("ab", "Upper-case", "has_underscore", "192.168.1.1", "two..dots", "-starts-dash",
                "xn--reserved", "ends-s3alias")) {
            PlainHttp.Response response = SignedHeaders.send(cloud.port(), "PUT", "/" + name, null);
            assertEquals(400, response.status(), name);
            assertTrue(response.text().contains("<Code>InvalidBucketName</Code>"), name);
        }
    }

    @Test
    void deletingANonEmptyBucketIsBucketNotEmptyAndAnEmptyOneGoes() {
        String name = newBucket(s3);
        s3.putObject(b -> b.bucket(name).key("k"), RequestBody.fromString("v"));
        S3Exception error = s3Error(() -> s3.deleteBucket(b -> b.bucket(name)));
        assertEquals("BucketNotEmpty", error.awsErrorDetails().errorCode());
        assertEquals(409, error.statusCode());
        s3.deleteObject(b -> b.bucket(name).key("k"));
        s3.deleteBucket(b -> b.bucket(name));
        assertThrows(NoSuchBucketException.class, () -> s3.headBucket(b -> b.bucket(name)));
    }

    @Test
    void aMissingBucketIsNoSuchBucketWithItsNameInTheXmlError() throws Exception {
        assertThrows(NoSuchBucketException.class, () -> s3.listObjectsV2(b -> b.bucket("never-created")));
        PlainHttp.Response response = SignedHeaders.send(cloud.port(), "GET", "/never-created", null);
        assertEquals(404, response.status());
        String xml = response.text();
        assertTrue(xml.contains("<Code>NoSuchBucket</Code>"), xml);
        assertTrue(xml.contains("<Message>The specified bucket does not exist</Message>"), xml);
        assertTrue(xml.contains("<BucketName>never-created</BucketName>"), xml);
        assertTrue(xml.contains("<Resource>/never-created</Resource>"), xml);
        assertTrue(xml.matches("(?s).*<RequestId>[0-9A-F]{16}</RequestId>.*"), xml);
        assertEquals(response.header("x-amz-request-id"), xml.replaceAll("(?s).*<RequestId>(.*)</RequestId>.*", "$1"));
    }

    @Test
    void virtualHostAddressingNamesTheBucketInTheHost() throws Exception {
        String name = newBucket(s3);
        s3.putObject(b -> b.bucket(name).key("dir/file.txt"), RequestBody.fromString("virtual"));
        for (String host : List.of(name + ".localhost", name + ".s3.localhost")) {
            PlainHttp.Response response = PlainHttp.send(cloud.port(), "GET",
                    host + ":" + cloud.port(), "/dir/file.txt",
                    Map.of("Authorization", SignedHeaders.AUTHORIZATION, "x-amz-content-sha256", "UNSIGNED-PAYLOAD"),
                    null);
            assertEquals(200, response.status(), host);
            assertEquals("virtual", response.text());
        }
    }

    @Test
    void anonymousCallersCannotListOrCreateBuckets() throws Exception {
        PlainHttp.Response list = PlainHttp.get(cloud.port(), "127.0.0.1", "/");
        assertEquals(403, list.status());
        assertTrue(list.text().contains("<Code>AccessDenied</Code>"));
        PlainHttp.Response create = PlainHttp.send(cloud.port(), "PUT", "127.0.0.1", "/anonymous-bucket",
                Map.of(), new byte[0]);
        assertEquals(403, create.status());
    }
}
