package labrepl.cloud.s3.website;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The website endpoint of a bucket on the local cloud, shaped as AWS's:
 * {@code http://BUCKET.s3-website-REGION.localhost:PORT/} (browsers resolve every {@code *.localhost}
 * name to this machine). AWS's own addresses are the lab's business: labrepl.target knows them.
 *
 * <pre>{@code
 * URI url = WebsiteEndpoint.local("customerswebsite-us-west-2-000000000000", "us-west-2", 4566);
 * }</pre>
 */
public final class WebsiteEndpoint {

    private static final Pattern LOCAL_HOST =
            Pattern.compile("(.+)\\.s3-website[.-]([a-z]{2}(?:-[a-z]+)+-\\d+)\\.localhost(?::\\d+)?");

    private WebsiteEndpoint() {
    }

    /** The bucket and region a website request names. */
    public record Target(String bucket, String region) {
    }

    /** The local cloud's website URL for a bucket. */
    public static URI local(String bucket, String region, int port) {
        return URI.create("http://" + bucket + ".s3-website-" + region + ".localhost:" + port + "/");
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
