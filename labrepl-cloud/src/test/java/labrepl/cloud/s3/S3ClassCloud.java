package labrepl.cloud.s3;

import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One in-memory {@link TestCloud} shared by the tests of a class, started before the first
 * and closed after the last: {@code @RegisterExtension static final S3ClassCloud CLOUD = new S3ClassCloud();}.
 * Tests keep apart by using buckets of their own ({@link TestBuckets}).
 */
public final class S3ClassCloud implements BeforeAllCallback, AfterAllCallback {

    private TestCloud cloud;

    @Override
    public void beforeAll(ExtensionContext context) {
        cloud = TestCloud.inMemory();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        cloud.close();
    }

    public S3Client s3() {
        return cloud.s3();
    }

    public LocalCloud local() {
        return cloud.cloud();
    }

    public int port() {
        return cloud.cloud().port();
    }
}
