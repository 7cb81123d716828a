package labrepl.target;

import java.net.URI;
import java.util.Set;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * The address AWS gives a bucket's static website: {@code http://BUCKET.s3-website-REGION.amazonaws.com}
 * in the regions S3 opened with, {@code http://BUCKET.s3-website.REGION.amazonaws.com} in every later
 * one, under the partition's own domain ({@code amazonaws.com.cn} in China).
 */
final class AwsWebsiteEndpoint {

    /** The regions whose website endpoints have a dash before the region (S3's user guide, "Website endpoints"). */
    private static final Set<String> DASH_REGIONS = Set.of("us-east-1", "us-west-1", "us-west-2", "ap-southeast-1",
            "ap-southeast-2", "ap-northeast-1", "eu-west-1", "sa-east-1", "us-gov-west-1");

    private AwsWebsiteEndpoint() {
    }

    /** Without a trailing slash, as the console shows it. */
    static URI of(String bucket, String region) {
        String separator = DASH_REGIONS.contains(region) ? "-" : ".";
        String domain = PartitionMetadata.of(Region.of(region)).dnsSuffix();
        return URI.create("http://" + bucket + ".s3-website" + separator + region + "." + domain);
    }
}
