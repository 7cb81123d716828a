package labrepl.cloud.s3.ops;

import java.util.List;
import java.util.regex.Pattern;
import labrepl.cloud.s3.protocol.S3Error;

/** S3's rules for general purpose bucket names. */
final class BucketNames {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private BucketNames() {
    }

    /** @throws S3Error InvalidBucketName */
    static void check(String name) {
        boolean valid = SHAPE.matcher(name).matches()
                && !name.contains("..")
                && !IP_ADDRESS.matcher(name).matches()
                && RESERVED_PREFIXES.stream().noneMatch(name::startsWith)
                && RESERVED_SUFFIXES.stream().noneMatch(name::endsWith);
        if (!valid) {
            throw new S3Error(400, "InvalidBucketName", "The specified bucket is not valid.").with("BucketName", name);
        }
    }
}
