package labrepl.cloud.junit;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.awscli.AwsEnvironment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A local cloud on a free port with SDK clients and the AWS CLI pointed at it, for a test that
 * needs its own: a fresh one, one in a data folder that outlives it, or one in another region.
 * Close it to stop the cloud. A test class whose tests can share one uses {@link WithLocalCloud}.
 *
 * <pre>{@code
 * try (TestCloud cloud = TestCloud.persistent(folder)) {
 *     cloud.dynamodb().listTables();
 * }
 * }</pre>
 */
public final class TestCloud implements AutoCloseable {

    public static final String REGION = "us-west-2";

    private static final AwsBasicCredentials CREDENTIALS = AwsBasicCredentials.create("test-key", "test-secret");

    private final LocalCloud cloud;
    /** The clients handed out so far, one per client interface, closed with the cloud. */
    private final Map<Class<?>, SdkClient> clients = new LinkedHashMap<>();

    private TestCloud(LocalCloud cloud) {
        this.cloud = cloud;
    }

    public static TestCloud inMemory() {
        return inMemory(REGION);
    }

    /** A cloud claiming another region, for behaviour that differs by region (us-east-1's S3 rules). */
    public static TestCloud inMemory(String region) {
        return new TestCloud(LocalCloud.builder().port(0).region(region).inMemory().start());
    }

    public static TestCloud persistent(Path dataFolder) {
        return new TestCloud(LocalCloud.builder().port(0).region(REGION).dataFolder(dataFolder).start());
    }

    public LocalCloud cloud() {
        return cloud;
    }

    public URI endpoint() {
        return cloud.endpoint();
    }

    public String region() {
        return cloud.identity().region();
    }

    public DynamoDbClient dynamodb() {
        return client(DynamoDbClient.class, DynamoDbClient::builder, Region.of(region()));
    }

    public DynamoDbStreamsClient dynamodbStreams() {
        return client(DynamoDbStreamsClient.class, DynamoDbStreamsClient::builder, Region.of(region()));
    }

    public S3Client s3() {
        return client(S3Client.class, () -> S3Client.builder().forcePathStyle(true), Region.of(region()));
    }

    /** A Lambda client; an invocation that runs longer than the SDK's 30 s read timeout needs a client of its own. */
    public LambdaClient lambda() {
        return client(LambdaClient.class, LambdaClient::builder, Region.of(region()));
    }

    /** An IAM client; IAM is global, so it signs for us-east-1 whatever the cloud's region. */
    public IamClient iam() {
        return client(IamClient.class, IamClient::builder, Region.AWS_GLOBAL);
    }

    public CloudWatchLogsClient logs() {
        return client(CloudWatchLogsClient.class, CloudWatchLogsClient::builder, Region.of(region()));
    }

    /**
     * The one client of {@code type} for this cloud, made on first use, signing for {@code region}
     * with the test credentials; closed with the cloud.
     */
    private synchronized <B extends AwsClientBuilder<B, C>, C extends SdkClient> C client(
            Class<C> type, Supplier<B> builder, Region region) {
        return type.cast(clients.computeIfAbsent(type, t -> builder.get().endpointOverride(endpoint()).region(region)
                .credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS)).build()));
    }

    /** The AWS CLI pointed at this cloud with the clients' credentials, none of the user's settings, in {@code folder}. */
    public AwsCli awsCli(Path folder) {
        return new AwsCli(environment().build(), folder);
    }

    /** The CLI's environment for this cloud, for a test that adds settings of its own (a config file, TZ). */
    public AwsEnvironment.Builder environment() {
        return AwsEnvironment.builder().endpoint(endpoint()).region(region())
                .credentials(CREDENTIALS.accessKeyId(), CREDENTIALS.secretAccessKey());
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(SdkClient::close);
        cloud.close();
    }
}
