package labrepl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import labrepl.cloud.junit.TestCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** The target as checks see it: names built from the account and region, and clients that can only read. */
class TargetReaderTest {

    @Test
    void theChecksClientsRefuseEveryCallThatWouldChangeSomethingAndNothingChanges() {
        try (TestCloud cloud = TestCloud.inMemory();
                TargetReader target = TargetReader.of(Target.localCloud(cloud.endpoint(), TestCloud.REGION))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> target.s3().createBucket(b -> b.bucket("created-by-a-check")));
            assertTrue(refused.getMessage().contains("labrepl check only reads, and refused to call CreateBucket on S3"),
                    refused.getMessage());
            assertThrows(IllegalStateException.class, () -> target.dynamodb().deleteTable(b -> b.tableName("LabCustomers")));
            assertThrows(IllegalStateException.class, () -> target.s3().putObject(b -> b.bucket("b").key("k"),
                    RequestBody.fromString("x")));

            assertEquals(0, cloud.s3().listBuckets().buckets().size());
            assertEquals(0, target.s3().listBuckets().buckets().size(), "reads go through");
        }
    }

    @Test
    void onlyTheFunctionThatOnlyReadsMayBeInvoked() {
        try (TestCloud cloud = TestCloud.inMemory();
                TargetReader target = TargetReader.of(Target.localCloud(cloud.endpoint(), TestCloud.REGION))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> target.lambda().invoke(b -> b.functionName("SaveCustomer")));
            assertTrue(refused.getMessage().contains("refused to call Invoke on Lambda"), refused.getMessage());
            assertThrows(ResourceNotFoundException.class, () -> target.lambda().invoke(b -> b.functionName("ListCustomers")),
                    "ListCustomers' invoke goes through (and finds no function here)");
        }
    }

    @Test
    void readingOperationsAreThoseNamedForReading() {
        for (String read : new String[] {"GetObject", "HeadObject", "ListBuckets", "DescribeTable", "Scan", "Query",
                "BatchGetItem", "GetBucketPolicy", "ListObjectsV2"}) {
            assertTrue(ReadOnlyGuard.isRead(read), read);
        }
        for (String write : new String[] {"PutObject", "DeleteBucket", "CreateTable", "UpdateItem", "BatchWriteItem",
                "Invoke", "TransactGetItems2", "RestoreTableToPointInTime"}) {
            assertTrue(!ReadOnlyGuard.isRead(write), write);
        }
    }

    @Test
    void theLabsBucketNameIsMadeOfTheRegionAndTheAccountAndItsWebsiteIsWhereTheTargetServesIt() {
        try (TestCloud cloud = TestCloud.inMemory();
                TargetReader local = TargetReader.of(Target.localCloud(cloud.endpoint(), TestCloud.REGION));
                TargetReader endpoint = TargetReader.of(Target.endpoint(cloud.endpoint(), "eu-west-1", null))) {
            assertEquals("customerswebsite-us-west-2-000000000000", local.labBucketName());
            assertEquals(Optional.of(URI.create("http://b.s3-website-us-west-2.localhost:" + cloud.endpoint().getPort()
                    + "/")), local.websiteUrl("b"));
            assertEquals("customerswebsite-eu-west-1-000000000000", endpoint.labBucketName());
            assertEquals(Optional.empty(), endpoint.websiteUrl("b"));
        }
        try (TargetReader aws = TargetReader.of(Target.aws("eu-central-1", null))) {
            assertEquals(Optional.of(URI.create("http://b.s3-website.eu-central-1.amazonaws.com")), aws.websiteUrl("b"));
        }
    }
}
