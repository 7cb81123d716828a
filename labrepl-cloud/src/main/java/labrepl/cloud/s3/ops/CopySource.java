package labrepl.cloud.s3.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import labrepl.cloud.s3.payload.ChecksumAlgorithm;
import labrepl.cloud.s3.payload.DigestingInputStream;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.http.PercentCoding;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.Segment;
import labrepl.cloud.s3.storage.StoredObject;

/**
 * The object named by {@code x-amz-copy-source} (CopyObject, UploadPartCopy): found, readable
 * by the requester, its {@code x-amz-copy-source-if-*} conditions checked, and copied into
 * a new blob with its MD5 and checksum computed on the way.
 */
final class CopySource {

    record Source(String bucket, String key, StoredObject object) {
    }

    record Copied(Segment segment, long length, byte[] md5, String checksum) {
    }

    private final S3Storage storage;
    private final Authorizer authorizer;

    CopySource(S3Storage storage, Authorizer authorizer) {
        this.storage = storage;
        this.authorizer = authorizer;
    }

    Source resolve(S3Request request) {
        String header = request.header("x-amz-copy-source");
        String decoded = PercentCoding.decodePath(header.split("\\?", 2)[0]);
        String path = decoded.startsWith("/") ? decoded.substring(1) : decoded;
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            throw S3Error.invalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey",
                    "x-amz-copy-source", header);
        }
        String bucketName = path.substring(0, slash);
        String key = path.substring(slash + 1);
        Bucket bucket = storage.buckets().require(bucketName);
        authorizer.require(request, bucket, "s3:GetObject", key);
        StoredObject object = storage.objects().get(bucketName, key).orElseThrow(() -> S3Error.noSuchKey(key));
        checkConditions(request, object);
        return new Source(bucketName, key, object);
    }

    private static void checkConditions(S3Request request, StoredObject object) {
        Instant modified = HttpDates.toSeconds(object.lastModified());
        String ifMatch = request.header("x-amz-copy-source-if-match");
        String ifNoneMatch = request.header("x-amz-copy-source-if-none-match");
        Optional<Instant> unmodifiedSince = HttpDates.parseHttp(request.header("x-amz-copy-source-if-unmodified-since"));
        Optional<Instant> modifiedSince = HttpDates.parseHttp(request.header("x-amz-copy-source-if-modified-since"));
        if (ifMatch != null && !ObjectResponses.etagMatches(ifMatch, object.etag())) {
            throw S3Error.preconditionFailed("x-amz-copy-source-If-Match");
        }
        if (ifMatch == null && unmodifiedSince.isPresent() && modified.isAfter(unmodifiedSince.get())) {
            throw S3Error.preconditionFailed("x-amz-copy-source-If-Unmodified-Since");
        }
        if (ifNoneMatch != null && ObjectResponses.etagMatches(ifNoneMatch, object.etag())) {
            throw S3Error.preconditionFailed("x-amz-copy-source-If-None-Match");
        }
        if (ifNoneMatch == null && modifiedSince.isPresent() && !modified.isAfter(modifiedSince.get())) {
            throw S3Error.preconditionFailed("x-amz-copy-source-If-Modified-Since");
        }
    }

    /** Copies {@code length} bytes from {@code offset} of the source into a new blob. */
    Copied copy(StoredObject source, long offset, long length, ChecksumAlgorithm algorithm) {
        try (InputStream in = storage.blobs().open(source.segments(), offset, length)) {
            DigestingInputStream digesting = new DigestingInputStream(in, Set.of(algorithm), false);
            Segment segment = storage.blobs().write(digesting);
            return new Copied(segment, digesting.length(), digesting.md5(),
                    Base64.getEncoder().encodeToString(digesting.checksum(algorithm)));
        } catch (IOException e) {
            throw new UncheckedIOException("The copy could not be written", e);
        }
    }
}
