package labrepl.mirror;

import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS CLI's high-level {@code aws s3} commands, each as the one S3 API call it makes for a
 * single object or bucket: {@code ls} is ListBuckets or ListObjectsV2, {@code cp} PutObject or
 * GetObject, {@code mb} CreateBucket, {@code rb} DeleteBucket, {@code rm} DeleteObject. They are
 * rewritten as {@code aws s3api} command lines, which the model then reads like any other.
 */
final class S3Commands {

    private static final String S3_URL = "s3://";
    /** us-east-1 is the one region where CreateBucket takes no LocationConstraint. */
    private static final String DEFAULT_REGION = "us-east-1";

    private S3Commands() {
    }

    /** The {@code s3api} command line for {@code aws s3 COMMAND ...} (words after the command). */
    static String asS3Api(String command, List<String> words, String region) {
        List<String> flags = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String word : words) {
            (word.startsWith("--") ? flags : paths).add(word);
        }
        refuseFlags(command, flags);
        switch (command) {
            case "ls":
                return ls(paths);
            case "cp":
                return cp(paths);
            case "mb":
                S3Path bucket = onlyBucket(command, paths);
                return "s3api create-bucket --bucket " + ShellWords.quote(bucket.bucket())
                        + (DEFAULT_REGION.equals(region) ? "" : " --create-bucket-configuration LocationConstraint=" + region);
            case "rb":
                return "s3api delete-bucket --bucket " + ShellWords.quote(onlyBucket(command, paths).bucket());
            case "rm":
                S3Path object = S3Path.parse(single(command, paths));
                if (object.key().isEmpty()) {
                    throw new MirrorException("aws s3 rm needs an object (s3://BUCKET/KEY); a whole prefix is"
                            + " many DeleteObject calls, not one.");
                }
                return "s3api delete-object --bucket " + ShellWords.quote(object.bucket()) + " --key "
                        + ShellWords.quote(object.key());
            case "sync":
            case "mv":
            case "presign":
            case "website":
                throw new MirrorException("aws s3 " + command + " is more than one SDK call (it lists, compares and"
                        + " copies), so it has no single Java line: /sh aws s3 " + command + " ... runs it.");
            default:
                throw new MirrorException("aws s3 has no command " + command + "; mirrored: ls, cp, mb, rb, rm.");
        }
    }

    private static String ls(List<String> paths) {
        if (paths.isEmpty()) {
            return "s3api list-buckets";
        }
        S3Path path = S3Path.parse(single("ls", paths));
        return "s3api list-objects-v2 --bucket " + ShellWords.quote(path.bucket()) + " --prefix "
                + ShellWords.quote(path.key()) + " --delimiter /";
    }

    /** One file up or one object down; the key of an upload to {@code s3://b/} or {@code s3://b/dir/} ends with the file's name. */
    private static String cp(List<String> paths) {
        if (paths.size() != 2) {
            throw new MirrorException("Usage: aws s3 cp FILE s3://BUCKET[/KEY] or aws s3 cp s3://BUCKET/KEY FILE");
        }
        String from = paths.get(0);
        String to = paths.get(1);
        if (!from.startsWith(S3_URL) && to.startsWith(S3_URL)) {
            S3Path target = S3Path.parse(to);
            String fileName = Path.of(from).getFileName().toString();
            String key = target.key().isEmpty() || target.key().endsWith("/") ? target.key() + fileName : target.key();
            String contentType = Optional.ofNullable(URLConnection.guessContentTypeFromName(fileName))
                    .map(type -> " --content-type " + ShellWords.quote(type)).orElse("");
            return "s3api put-object --bucket " + ShellWords.quote(target.bucket()) + " --key " + ShellWords.quote(key)
                    + contentType + " --body " + ShellWords.quote(from);
        }
        if (from.startsWith(S3_URL) && !to.startsWith(S3_URL)) {
            S3Path source = S3Path.parse(from);
            String keyName = source.key().substring(source.key().lastIndexOf('/') + 1);
            String file = to.endsWith("/") || to.equals(".") ? (to.equals(".") ? "" : to) + keyName : to;
            return "s3api get-object --bucket " + ShellWords.quote(source.bucket()) + " --key "
                    + ShellWords.quote(source.key()) + " " + ShellWords.quote(file);
        }
        if (from.startsWith(S3_URL)) {
            S3Path source = S3Path.parse(from);
            S3Path target = S3Path.parse(to);
            return "s3api copy-object --copy-source " + ShellWords.quote(source.bucket() + "/" + source.key())
                    + " --bucket " + ShellWords.quote(target.bucket()) + " --key " + ShellWords.quote(target.key());
        }
        throw new MirrorException("aws s3 cp copies to or from s3://BUCKET/KEY; both " + from + " and " + to
                + " are local files.");
    }

    private static void refuseFlags(String command, List<String> flags) {
        if (!flags.isEmpty()) {
            throw new MirrorException("aws s3 " + command + " " + String.join(" ", flags) + " is not mirrored"
                    + " (it is not one SDK call); /sh runs it as it is.");
        }
    }

    private static S3Path onlyBucket(String command, List<String> paths) {
        S3Path path = S3Path.parse(single(command, paths));
        if (!path.key().isEmpty()) {
            throw new MirrorException("aws s3 " + command + " takes a bucket (s3://BUCKET), not " + paths.get(0));
        }
        return path;
    }

    private static String single(String command, List<String> paths) {
        if (paths.size() != 1) {
            throw new MirrorException("aws s3 " + command + " takes one s3://BUCKET[/KEY].");
        }
        return paths.get(0);
    }

    /** {@code s3://bucket/key} split into its bucket and key (empty when none). */
    private record S3Path(String bucket, String key) {
        static S3Path parse(String url) {
            if (!url.startsWith(S3_URL) || url.length() == S3_URL.length()) {
                throw new MirrorException(url + " is not an S3 address (s3://BUCKET/KEY).");
            }
            String rest = url.substring(S3_URL.length());
            int slash = rest.indexOf('/');
            return slash < 0 ? new S3Path(rest, "") : new S3Path(rest.substring(0, slash), rest.substring(slash + 1));
        }
    }
}
