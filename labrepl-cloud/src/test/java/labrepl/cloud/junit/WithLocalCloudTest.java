package labrepl.cloud.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.awscli.AwsCli;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;

/** {@link WithLocalCloud} as a test class meets it, run through JUnit's launcher to see what happens after the class. */
class WithLocalCloudTest {

    /** What the sample's tests were handed; more than one endpoint would mean more than one cloud. */
    private static final Set<URI> ENDPOINTS = ConcurrentHashMap.newKeySet();
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

    @WithLocalCloud(region = "eu-west-1")
    static class Sample {

        @Test
        void aTableMadeHere(URI endpoint, DynamoDbClient dynamodb) {
            ENDPOINTS.add(endpoint);
            dynamodb.createTable(b -> b.tableName("Shared").billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                    .attributeDefinitions(d -> d.attributeName("ID").attributeType(ScalarAttributeType.S)));
        }

        @Test
        void aBucketInTheAnnotationsRegion(LocalCloud cloud, S3Client s3, TestCloud testCloud) {
            ENDPOINTS.add(cloud.endpoint());
            ENDPOINTS.add(testCloud.endpoint());
            assertEquals("eu-west-1", cloud.identity().region());
            s3.createBucket(b -> b.bucket("sample").createBucketConfiguration(
                    c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));
        }

        @Test
        void theCliSeesTheSameCloud(AwsCli aws, DynamoDbClient dynamodb) {
            ENDPOINTS.add(aws.environment().endpoint().orElseThrow());
            FOLDERS.add(aws.folder());
            dynamodb.listTables(); // the table of the first test may or may not exist yet: order is not fixed
            assertTrue(aws.output("dynamodb", "describe-limits").contains("TableMaxReadCapacityUnits"));
        }
    }

    @Test
    void aClassGetsOneCloudForAllItsTestsStoppedAfterTheLast() {
        TestExecutionSummary summary = run(Sample.class);
        long cliTests = AwsCli.isInstalled() ? 1 : 0;
        assertEquals(2 + cliTests, summary.getTestsSucceededCount(), failures(summary));
        assertEquals(1 - cliTests, summary.getTestsSkippedCount(), "without aws the CLI's test is skipped");
        assertEquals(1, ENDPOINTS.size(), ENDPOINTS.toString());
        URI endpoint = ENDPOINTS.iterator().next();
        assertFalse(listening(endpoint), "the cloud stopped after the class");
        FOLDERS.forEach(folder -> assertFalse(Files.exists(folder), "the CLI's folder is removed: " + folder));
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        return summary.getFailures().stream().map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .toList().toString();
    }

    private static boolean listening(URI endpoint) {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
