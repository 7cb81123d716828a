package labrepl.cloud.s3;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;

/** Fresh buckets for tests that share one cloud: each gets a name no other test uses. */
public final class TestBuckets {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestBuckets() {
    }

    /** Creates a bucket in the test cloud's region (us-west-2) and returns its name. */
    public static String newBucket(S3Client client) {
        String name = "bucket-" + NEXT.incrementAndGet();
        client.createBucket(b -> b.bucket(name).createBucketConfiguration(
                c -> c.locationConstraint(BucketLocationConstraint.US_WEST_2)));
        return name;
    }
}
