package labrepl.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import labrepl.cloud.http.PortInUseException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Options turned into targets, and the local cloud started, waited for and stopped through its lease. */
class TargetChoiceTest {

    private static final Map<String, String> NO_ENV = Map.of();
    /** No option given: the local cloud. */
    private static final TargetChoice NO_OPTION = new TargetChoice(false, null, Map.of(), null, null, null);

    @Test
    void noOptionMeansTheLocalCloud() {
        assertEquals(Optional.empty(), NO_OPTION.remote(NO_ENV));
    }

    @Test
    void awsEndpointUrlInTheEnvironmentIsAnEndpoint() {
        Target target = NO_OPTION.remote(Map.of("AWS_ENDPOINT_URL", " http://127.0.0.1:5000 "))
                .orElseThrow();
        assertEquals(Target.Kind.ENDPOINT, target.kind());
        assertEquals(URI.create("http://127.0.0.1:5000"), target.endpoint().orElseThrow());
    }

    @Test
    void anAwsEndpointUrlThatIsNotAUrlIsNamed() {
        InvalidTargetChoice error = assertThrows(InvalidTargetChoice.class,
                () -> NO_OPTION.remote(Map.of("AWS_ENDPOINT_URL", "localhost")));
        assertTrue(error.getMessage().startsWith("AWS_ENDPOINT_URL is set to 'localhost', which is not a URL"),
                error.getMessage());
    }

    @Test
    void awsAndAnEndpointTogetherAreRefused() {
        TargetChoice both = new TargetChoice(true, URI.create("http://127.0.0.1:5000"), Map.of(), null, "us-west-2", null);
        assertEquals("--aws and --endpoint name two different targets; choose one.",
                assertThrows(InvalidTargetChoice.class, () -> both.remote(NO_ENV)).getMessage());
    }

    @Test
    void aProfileForTheLocalCloudIsRefused() {
        TargetChoice profileOnly = new TargetChoice(false, null, Map.of(), "lab", null, null);
        assertTrue(assertThrows(InvalidTargetChoice.class, () -> profileOnly.remote(NO_ENV)).getMessage()
                .startsWith("--profile applies to --aws or --endpoint"));
    }

    @Test
    void aServicesVariableSendsThatServiceAloneToItsEndpoint() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000");
        try (TargetLease lease = NO_OPTION.lease(LocalCloudTarget.inMemory("us-west-2"), env)) {
            Target target = lease.target();
            assertEquals(Target.Kind.LOCAL, target.kind());
            assertEquals(URI.create("http://127.0.0.1:8000"), target.endpoint(AwsService.DYNAMODB).orElseThrow());
            assertEquals(target.endpoint(), target.endpoint(AwsService.S3), "S3 stays on the local cloud");
        }
    }

    @Test
    void aServicesOptionWinsOverItsVariable() {
        TargetChoice choice = new TargetChoice(false, URI.create("http://127.0.0.1:5000"),
                Map.of(AwsService.DYNAMODB, URI.create("http://127.0.0.1:8001")), null, "us-west-2", null);
        Target target = choice.remote(Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000")).orElseThrow();
        assertEquals(Map.of(AwsService.DYNAMODB, URI.create("http://127.0.0.1:8001"),
                AwsService.S3, URI.create("http://127.0.0.1:9000")), target.serviceEndpoints());
        assertEquals(URI.create("http://127.0.0.1:5000"), target.endpoint(AwsService.STS).orElseThrow());
    }

    @Test
    void aServicesVariableThatIsNotAUrlIsNamed() {
        InvalidTargetChoice error = assertThrows(InvalidTargetChoice.class,
                () -> NO_OPTION.lease(LocalCloudTarget.inMemory("us-west-2"), Map.of("AWS_ENDPOINT_URL_S3", "s3")));
        assertTrue(error.getMessage().startsWith("AWS_ENDPOINT_URL_S3 is set to 's3', which is not a URL"),
                error.getMessage());
    }

    @Test
    void awsWithAnEndpointForEveryServiceInTheEnvironmentIsRefused() {
        TargetChoice aws = new TargetChoice(true, null, Map.of(), null, "us-west-2", null);
        InvalidTargetChoice error = assertThrows(InvalidTargetChoice.class,
                () -> aws.remote(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")));
        assertTrue(error.getMessage().startsWith("--aws, but AWS_ENDPOINT_URL is set to http://127.0.0.1:4566"),
                error.getMessage());
    }

    @Test
    void anAccountIsTwelveDigitsAndOnlyForAws() {
        assertTrue(assertThrows(InvalidTargetChoice.class,
                () -> new TargetChoice(true, null, Map.of(), null, null, "1234")).getMessage()
                .startsWith("--account takes an AWS account id, 12 digits"));
        assertTrue(assertThrows(InvalidTargetChoice.class,
                () -> new TargetChoice(false, null, Map.of(), null, null, "123456789012")).getMessage()
                .startsWith("--account applies to --aws"));
    }

    @Test
    void scriptsOnAwsMustNameTheAccountBeforeAnythingStarts() {
        new TargetChoice(false, null, Map.of(), null, null, null).requireAccountOnAws("run");
        new TargetChoice(true, null, Map.of(), null, null, "123456789012").requireAccountOnAws("run");
        InvalidTargetChoice error = assertThrows(InvalidTargetChoice.class,
                () -> new TargetChoice(true, null, Map.of(), null, null, null).requireAccountOnAws("run"));
        assertTrue(error.getMessage().startsWith("run --aws needs --account ID"), error.getMessage());
    }

    @Test
    void theAccountIsComparedWithWhatStsSays() {
        try (TargetLease cloud = LocalCloudTarget.inMemory("us-west-2").start()) {
            Target aws = AwsStandIn.at(cloud.target().endpoint().orElseThrow(), "us-west-2");
            TargetChoice right = new TargetChoice(true, null, Map.of(), null, null, "000000000000");
            assertEquals(Optional.of("000000000000"), right.account(aws));
            TargetChoice wrong = new TargetChoice(true, null, Map.of(), null, null, "111111111111");
            TargetChoice.AccountCheckFailed error = assertThrows(TargetChoice.AccountCheckFailed.class,
                    () -> wrong.account(aws));
            assertEquals("--account 111111111111, but the credentials belong to account 000000000000"
                    + " (STS GetCallerIdentity), so nothing was run. Use credentials of account 111111111111"
                    + " (--profile NAME, say), or name the account you mean.", error.getMessage());
            assertEquals(Optional.empty(), NO_OPTION.account(cloud.target()),
                    "the local cloud has no account to check");
        }
    }

    @Test
    void eachNotebookGetsItsOwnLocalCloudStoppedWithItsLease() {
        Supplier<TargetLease> perNotebook = new TargetChoice(false, null, Map.of(), null, "eu-west-1", null).perNotebook(NO_ENV);
        URI first;
        try (TargetLease one = perNotebook.get(); TargetLease two = perNotebook.get()) {
            first = one.target().endpoint().orElseThrow();
            assertNotEquals(first, two.target().endpoint().orElseThrow());
            assertEquals("eu-west-1", one.target().region());
            assertEquals(0, tablesAt(first));
        }
        assertFalse(listening(first), "the cloud stopped with its lease");
    }

    @Test
    void aCloudOnAKnownPortIsATargetBeforeItListens() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        LocalCloudTarget local = new LocalCloudTarget(port, "us-west-2", Optional.empty());
        try (TargetLease lease = NO_OPTION.lease(local, NO_ENV)) {
            assertEquals(URI.create("http://127.0.0.1:" + port), lease.target().endpoint().orElseThrow());
            lease.awaitReady();
            assertEquals(0, tablesAt(lease.target().endpoint().orElseThrow()));
        }
    }

    @Test
    void aTakenPortIsReportedWhenTheLeaseIsAwaited() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                TargetLease lease = new LocalCloudTarget(taken.getLocalPort(), "us-west-2", Optional.empty())
                        .startInBackground()) {
            assertThrows(PortInUseException.class, lease::awaitReady);
        }
    }

    private static boolean listening(URI endpoint) {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int tablesAt(URI endpoint) {
        try (DynamoDbClient dynamodb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2)
                .credentialsProvider(Target.localCloud(endpoint, "us-west-2").credentials()).build()) {
            return dynamodb.listTables().tableNames().size();
        }
    }
}
