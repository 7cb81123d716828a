package labrepl.cloud.junit;

import java.net.URI;
import labrepl.cloud.LocalCloud;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;


/**
 * A local cloud on a free port with SDK clients pointed at it: the one fixture every cloud
 * test uses. Close it to stop the cloud.
 *
 * <pre>{@code
 * try (TestCloud cloud = TestCloud.inMemory()) {
 *     cloud.dynamodb().listTables();
 * }
 * }</pre>
 */
public final class TestCloud implements AutoCloseable {

    public static final String REGION = "us-west-2";

    private final LocalCloud cloud;
    private DynamoDbClient dynamodb;
    private S3Client s3;
    private LambdaClient lambda;
    private IamClient iam;
    private CloudWatchLogsClient logs;

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

    public DynamoDbClient dynamodb() {
        if (dynamodb == null) {
            dynamodb = DynamoDbClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(REGION))
                    .credentialsProvider(credentials())
                    .build();
        }
        return dynamodb;
    }

    public S3Client s3() {
        if (s3 == null) {
            s3 = S3Client.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(cloud.identity().region()))
                    .credentialsProvider(credentials())
                    .forcePathStyle(true)
                    .build();
        }
        return s3;
    }

    /** A Lambda client; an invocation that runs longer than the SDK's 30 s read timeout needs a client of its own. */
    public LambdaClient lambda() {
        if (lambda == null) {
            lambda = LambdaClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(cloud.identity().region()))
                    .credentialsProvider(credentials())
                    .build();
        }
        return lambda;
    }

    /** An IAM client; IAM is global, so it signs for us-east-1 whatever the cloud's region. */
    public IamClient iam() {
        if (iam == null) {
            iam = IamClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.AWS_GLOBAL)
                    .credentialsProvider(credentials())
                    .build();
        }
        return iam;
    }

    public CloudWatchLogsClient logs() {
        if (logs == null) {
            logs = CloudWatchLogsClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(cloud.identity().region()))
                    .credentialsProvider(credentials())
                    .build();
        }
        return logs;
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test-key", "test-secret"));
    }

    @Override
    public void close() {
        if (dynamodb != null) {
            dynamodb.close();
        }
        if (s3 != null) {
            s3.close();
        }
        if (lambda != null) {
            lambda.close();
        }
        if (iam != null) {
            iam.close();
        }
        if (logs != null) {
            logs.close();
        }
        cloud.close();
    }
}
