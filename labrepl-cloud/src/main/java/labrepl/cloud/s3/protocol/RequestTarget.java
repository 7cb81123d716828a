package labrepl.cloud.s3.protocol;

import labrepl.cloud.http.PercentCoding;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bucket and key a REST request names, from its Host and path. Path-style
 * ({@code http://127.0.0.1:4566/BUCKET/KEY}, {@code s3.REGION.amazonaws.com/BUCKET/KEY}) and
 * virtual-host style ({@code http://BUCKET.localhost:4566/KEY}, {@code BUCKET.s3.localhost}, and
 * AWS's {@code BUCKET.s3.amazonaws.com}, {@code BUCKET.s3.REGION.amazonaws.com},
 * {@code BUCKET.s3-REGION.amazonaws.com}) all work; browsers and curl resolve every
 * {@code *.localhost} name to loopback.
 *
 * @param bucket the bucket, or null for the service (ListBuckets)
 * @param key    the object key, or null for the bucket itself; a key is data, never a path
 */
public record RequestTarget(String bucket, String key) {

    private static final String LOCALHOST = ".localhost";
    private static final String S3_LOCALHOST = ".s3.localhost";
    private static final Pattern AWS_HOST = Pattern.compile(
            "(.+)\\.s3(?:[.-]dualstack)?(?:[.-][a-z]{2}(?:-[a-z]+)+-\\d+)?\\.amazonaws\\.com");

    public static RequestTarget parse(String host, String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String virtualBucket = virtualHostBucket(host);
        if (virtualBucket != null) {
            return new RequestTarget(virtualBucket, keyOrNull(PercentCoding.decodePath(path.substring(1))));
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        if (rest.isEmpty()) {
            return new RequestTarget(null, null);
        }
        if (slash < 0) {
            return new RequestTarget(PercentCoding.decodePath(rest), null);
        }
        return new RequestTarget(PercentCoding.decodePath(rest.substring(0, slash)),
                keyOrNull(PercentCoding.decodePath(rest.substring(slash + 1))));
    }

    /** The bucket named by a virtual-host style Host header, or null for path-style addressing. */
    static String virtualHostBucket(String host) {
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        Matcher aws = AWS_HOST.matcher(name);
        if (aws.matches()) {
            return aws.group(1);
        }
        if (name.endsWith(S3_LOCALHOST)) {
            return nonEmpty(name.substring(0, name.length() - S3_LOCALHOST.length()));
        }
        if (name.endsWith(LOCALHOST) && !name.equals("s3" + LOCALHOST)) {
            return nonEmpty(name.substring(0, name.length() - LOCALHOST.length()));
        }
        return null;
    }

    private static String nonEmpty(String bucket) {
        return bucket.isEmpty() ? null : bucket;
    }

    private static String keyOrNull(String key) {
        return key.isEmpty() ? null : key;
    }

    /** The path S3 names in an error's Resource element. */
    public String resource() {
        if (bucket == null) {
            return "/";
        }
        return key == null ? "/" + bucket : "/" + bucket + "/" + key;
    }
}
