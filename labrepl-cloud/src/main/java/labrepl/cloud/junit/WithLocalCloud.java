package labrepl.cloud.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class one in-memory local cloud on a free port, started before its first
 * test and stopped after its last, and hands its tests (and their {@code @BeforeAll}/{@code @BeforeEach}
 * methods and constructor) by parameter: the {@link labrepl.cloud.LocalCloud}, its endpoint
 * {@link java.net.URI}, ready {@code DynamoDbClient}, {@code S3Client}, {@code LambdaClient},
 * {@code IamClient} and {@code CloudWatchLogsClient}, the {@link TestCloud},
 * and an {@link labrepl.cloud.awscli.AwsCli} pointed at it. A test that takes the AWS CLI is
 * skipped, with the reason, where {@code aws} is not installed.
 *
 * <pre>{@code
 * @WithLocalCloud
 * class TablesTest {
 *     @Test
 *     void aNewTableIsListed(DynamoDbClient dynamodb, AwsCli aws) {
 *         dynamodb.createTable(...);
 *         assertTrue(aws.output("dynamodb", "list-tables").contains("Customers"));
 *     }
 * }
 * }</pre>
 *
 * Tests share the cloud, so each uses tables and buckets of its own. A test that needs a fresh
 * cloud, or one whose data outlives it, uses {@link TestCloud} directly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalCloudExtension.class)
public @interface WithLocalCloud {

    /** The region the cloud claims and the clients use. */
    String region() default TestCloud.REGION;
}
