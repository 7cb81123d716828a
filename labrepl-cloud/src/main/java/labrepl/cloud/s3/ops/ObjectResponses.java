package labrepl.cloud.s3.ops;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.payload.ChecksumAlgorithm;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.BlobStore;
import labrepl.cloud.s3.storage.Segment;
import labrepl.cloud.s3.storage.StoredObject;

/**
 * The answer to reading an object, for the REST API and for website endpoints alike:
 * conditional headers (304/412 as S3 orders them), one byte range (206/416) or one part,
 * metadata headers, and the body streamed from its blobs.
 */
public final class ObjectResponses {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final BlobStore blobs;

    public ObjectResponses(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** What the reader asked for beyond the object itself. */
    public record ReadOptions(HttpHeaders headers, String partNumber, boolean checksumMode) {
    }

    public CloudResponse read(StoredObject object, ReadOptions options) {
        Optional<CloudResponse> notModified = checkConditions(object, options.headers());
        if (notModified.isPresent()) {
            return notModified.get();
        }
        long size = object.size();
        CloudResponse response;
        if (options.partNumber() != null) {
            int part = partNumber(options.partNumber(), object);
            List<Segment> segments = object.segments();
            long start = 0;
            for (int i = 0; i < part - 1; i++) {
                start += segments.get(i).length();
            }
            long length = object.partsCount() == 0 ? size : segments.get(part - 1).length();
            response = partial(object, start, length).header("x-amz-mp-parts-count",
                    object.partsCount() == 0 ? null : Integer.toString(object.partsCount()));
        } else {
            long[] range = range(options.headers().first("Range"), size);
            if (range != null) {
                response = partial(object, range[0], range[1] - range[0] + 1);
            } else {
                response = CloudResponse.stream(200, size, () -> blobs.open(object.segments(), 0, size));
                if (options.checksumMode() && object.checksum() != null) {
                    ChecksumAlgorithm algorithm = ChecksumAlgorithm.valueOf(object.checksumAlgorithm());
                    response.header(algorithm.header(), object.checksum())
                            .header("x-amz-checksum-type", object.checksumType());
                }
            }
        }
        ObjectHeaders.addTo(response, object.metadata());
        return withIdentity(response, object).header("Accept-Ranges", "bytes");
    }

    private CloudResponse partial(StoredObject object, long start, long length) {
        String end = length == 0 ? "*" : Long.toString(start + length - 1);
        return CloudResponse.stream(206, length, () -> blobs.open(object.segments(), start, length))
                .header("Content-Range", "bytes " + start + "-" + end + "/" + object.size());
    }

    /** ETag and Last-Modified, which every read answer carries, 304 included. */
    static CloudResponse withIdentity(CloudResponse response, StoredObject object) {
        return response.header("ETag", object.etag()).header("Last-Modified", HttpDates.http(object.lastModified()));
    }

    /** S3's order: If-Match, else If-Unmodified-Since (412); then If-None-Match, else If-Modified-Since (304). */
    private static Optional<CloudResponse> checkConditions(StoredObject object, HttpHeaders headers) {
        Instant modified = HttpDates.toSeconds(object.lastModified());
        String ifMatch = headers.first("If-Match");
        if (ifMatch != null) {
            if (!etagMatches(ifMatch, object.etag())) {
                throw S3Error.preconditionFailed("If-Match");
            }
        } else {
            Optional<Instant> unmodifiedSince = HttpDates.parseHttp(headers.first("If-Unmodified-Since"));
            if (unmodifiedSince.isPresent() && modified.isAfter(unmodifiedSince.get())) {
                throw S3Error.preconditionFailed("If-Unmodified-Since");
            }
        }
        String ifNoneMatch = headers.first("If-None-Match");
        boolean notModified;
        if (ifNoneMatch != null) {
            notModified = etagMatches(ifNoneMatch, object.etag());
        } else {
            Optional<Instant> modifiedSince = HttpDates.parseHttp(headers.first("If-Modified-Since"));
            notModified = modifiedSince.isPresent() && !modified.isAfter(modifiedSince.get());
        }
        return notModified ? Optional.of(withIdentity(CloudResponse.status(304), object)) : Optional.empty();
    }

    /** Whether a list of ETags ({@code "a", "b"} or {@code *}) names this one; quotes are optional. */
    static boolean etagMatches(String list, String etag) {
        String bare = unquote(etag);
        for (String candidate : list.split(",")) {
            String value = unquote(candidate.strip());
            if (value.equals("*") || value.equals(bare)) {
                return true;
            }
        }
        return false;
    }

    static String unquote(String etag) {
        String value = etag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    /**
     * One byte range {first, last}, or null to send the whole object: S3 ignores a Range it
     * cannot read. A range starting past the end is 416 InvalidRange.
     */
    static long[] range(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher matcher = RANGE.matcher(header.strip());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return null;
        }
        try {
            long first;
            long last;
            if (matcher.group(1).isEmpty()) {
                long suffix = Long.parseLong(matcher.group(2));
                if (suffix == 0 || size == 0) {
                    throw invalidRange(header, size);
                }
                first = Math.max(0, size - suffix);
                last = size - 1;
            } else {
                first = Long.parseLong(matcher.group(1));
                last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(matcher.group(2));
                if (last < first) {
                    return null; // a reversed range is no range: the whole object
                }
                if (first >= size) {
                    throw invalidRange(header, size);
                }
                last = Math.min(last, size - 1);
            }
            return new long[] {first, last};
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    private static S3Error invalidRange(String header, long size) {
        return new S3Error(416, "InvalidRange", "The requested range is not satisfiable")
                .with("RangeRequested", header).with("ActualObjectSize", Long.toString(size));
    }

    private static int partNumber(String value, StoredObject object) {
        int parts = Math.max(1, object.partsCount());
        try {
            int part = Integer.parseInt(value);
            if (part >= 1 && part <= 10000) {
                if (part > parts) {
                    throw new S3Error(416, "InvalidPartNumber", "The requested partnumber is not satisfiable")
                            .with("PartNumberRequested", value).with("ActualPartCount", Integer.toString(parts));
                }
                return part;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Error.invalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber",
                value);
    }

    /** The response-* query parameters that override headers on a signed GET. */
    static final Map<String, String> OVERRIDES = Map.of(
            "response-content-type", "Content-Type",
            "response-content-language", "Content-Language",
            "response-expires", "Expires",
            "response-cache-control", "Cache-Control",
            "response-content-disposition", "Content-Disposition",
            "response-content-encoding", "Content-Encoding");
}
