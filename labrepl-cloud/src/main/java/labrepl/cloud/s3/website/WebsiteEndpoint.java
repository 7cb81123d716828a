package labrepl.cloud.s3.website;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The website endpoint of a bucket, shaped as AWS's: {@code http://BUCKET.s3-website-REGION.localhost:PORT/}
 * on the local cloud (browsers resolve every {@code *.localhost} name to this machine), and
 * {@code http://BUCKET.s3-website-REGION.amazonaws.com} or {@code …s3-website.REGION…} on AWS.
 *
 * <pre>{@code
 * URI url = WebsiteEndpoint.local("customerswebsite-us-west-2-000000000000", "us-west-2", 4566);
 * }</pre>
 */
public final class WebsiteEndpoint {

    private static final Pattern LOCAL_HOST =
            Pattern.compile("(.+)\\.s3-website[.-]([a-z]{2}(?:-[a-z]+)+-\\d+)\\.localhost(?::\\d+)?");

    /** The regions whose website endpoints use a dash before the region; all others use a dot. */
    private static final Set<String> DASH_REGIONS = Set.of("us-east-1", "us-west-1", "us-west-2", "ap-southeast-1",
            "ap-southeast-2", "ap-northeast-1", "eu-west-1", "sa-east-1", "us-gov-west-1");

    private WebsiteEndpoint() {
    }

    /** The bucket and region a website request names. */
    public record Target(String bucket, String region) {
    }

    /** The local cloud's website URL for a bucket. */
    public static URI local(String bucket, String region, int port) {
        return URI.create("http://" + bucket + ".s3-website-" + region + ".localhost:" + port + "/");
    }

    /** The website URL AWS gives a bucket in a region (without a trailing slash, as the console shows it). */
    public static URI aws(String bucket, String region) {
        String separator = DASH_REGIONS.contains(region) ? "-" : ".";
        return URI.create("http://" + bucket + ".s3-website" + separator + region + ".amazonaws.com");
    }

    /** The bucket and region of a Host header such as {@code site.s3-website-us-west-2.localhost:4566}. */
    public static Optional<Target> parseHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        Matcher matcher = LOCAL_HOST.matcher(host.toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(new Target(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
