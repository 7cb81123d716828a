package labrepl.cloud.s3.payload;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.protocol.S3Error;

/**
 * An upload's body as S3 reads it: aws-chunked framing removed, and on the way through its
 * MD5 (the ETag), its additional checksum and, when the request was signed with a payload
 * hash, its SHA-256. {@link #verify()} then checks what the request declared: Content-MD5,
 * {@code x-amz-checksum-*} (header or trailer), {@code x-amz-content-sha256} and the length.
 *
 * <p>Read the body once through {@link #stream()}, store it, then call {@link #verify()}
 * before making the stored copy visible: a body that fails verification is thrown away.
 */
public final class IncomingPayload {

    private static final String STREAMING_PREFIX = "STREAMING-";
    private static final String UNSIGNED = "UNSIGNED-PAYLOAD";

    private final DigestingInputStream stream;
    private final AwsChunkedInputStream chunked;
    private final Long declaredLength;
    private final String contentMd5;
    private final byte[] declaredSha256;
    private final ChecksumAlgorithm clientAlgorithm;
    private final String headerChecksum;
    private final String trailerName;

    private IncomingPayload(InputStream raw, HttpHeaders headers, ChecksumAlgorithm extra, boolean extraOnlyAsDefault) {
        String contentSha256 = headers.first("x-amz-content-sha256");
        boolean awsChunked = contentSha256 != null && contentSha256.startsWith(STREAMING_PREFIX)
                || contentEncodings(headers).contains("aws-chunked");
        this.chunked = awsChunked ? new AwsChunkedInputStream(raw) : null;
        this.declaredLength = declaredLength(headers, awsChunked);
        this.contentMd5 = headers.first("Content-MD5");
        this.declaredSha256 = declaredSha256(contentSha256);
        this.trailerName = headers.first("x-amz-trailer") == null
                ? null : headers.first("x-amz-trailer").strip().toLowerCase(Locale.ROOT);
        String checksumHeader = checksumHeader(headers);
        this.headerChecksum = checksumHeader == null ? null : headers.first(checksumHeader);
        this.clientAlgorithm = clientAlgorithm(headers, checksumHeader, trailerName);
        Set<ChecksumAlgorithm> computed = EnumSet.noneOf(ChecksumAlgorithm.class);
        if (clientAlgorithm != null) {
            computed.add(clientAlgorithm);
        }
        if (extra != null && !(extraOnlyAsDefault && clientAlgorithm != null)) {
            computed.add(extra);
        }
        this.stream = new DigestingInputStream(awsChunked ? chunked : raw, computed, declaredSha256 != null);
    }

    /**
     * Reads a request's body, computing only the checksum the request asks for.
     *
     * @throws S3Error when the declared lengths or checksum headers are malformed
     */
    public static IncomingPayload of(InputStream raw, HttpHeaders headers) {
        return new IncomingPayload(raw, headers, null, false);
    }

    /** As {@link #of}, computing {@code fallback} when the request asks for no checksum (S3 computes CRC64NVME). */
    public static IncomingPayload withDefault(InputStream raw, HttpHeaders headers, ChecksumAlgorithm fallback) {
        return new IncomingPayload(raw, headers, fallback, true);
    }

    /** As {@link #of}, computing {@code required} as well, whatever the request asks for. */
    public static IncomingPayload withRequired(InputStream raw, HttpHeaders headers, ChecksumAlgorithm required) {
        return new IncomingPayload(raw, headers, required, false);
    }

    /** The decoded body; read it to the end. */
    public InputStream stream() {
        return stream;
    }

    /** The length the client declared for the decoded body, when it did. */
    public Optional<Long> declaredLength() {
        return Optional.ofNullable(declaredLength);
    }

    /**
     * Checks the body read against what the request declared.
     *
     * @throws S3Error BadDigest, XAmzContentSHA256Mismatch or IncompleteBody
     */
    public Verified verify() {
        if (declaredLength != null && stream.length() != declaredLength) {
            throw new S3Error(400, "IncompleteBody",
                    "You did not provide the number of bytes specified by the Content-Length HTTP header");
        }
        byte[] md5 = stream.md5();
        if (contentMd5 != null && !MessageDigest.isEqual(md5, decodeMd5(contentMd5))) {
            throw new S3Error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.")
                    .with("ExpectedDigest", contentMd5)
                    .with("CalculatedDigest", Base64.getEncoder().encodeToString(md5));
        }
        if (declaredSha256 != null && !MessageDigest.isEqual(declaredSha256, stream.sha256())) {
            throw new S3Error(400, "XAmzContentSHA256Mismatch",
                    "The provided 'x-amz-content-sha256' header does not match what was computed.")
                    .with("ClientComputedContentSHA256", HexFormat.of().formatHex(declaredSha256));
        }
        Map<ChecksumAlgorithm, String> checksums = new EnumMap<>(ChecksumAlgorithm.class);
        for (ChecksumAlgorithm computed : stream.algorithms()) {
            checksums.put(computed, Base64.getEncoder().encodeToString(stream.checksum(computed)));
        }
        if (clientAlgorithm != null) {
            String expected = expectedChecksum();
            if (expected != null && !expected.equals(checksums.get(clientAlgorithm))) {
                throw S3Error.badDigest(clientAlgorithm.name());
            }
        }
        return new Verified(stream.length(), md5, clientAlgorithm, checksums);
    }

    /**
     * What was received: its length, MD5, the algorithm the client chose (or null) and every
     * checksum computed, base64.
     */
    public record Verified(long length, byte[] md5, ChecksumAlgorithm clientAlgorithm,
                           Map<ChecksumAlgorithm, String> checksums) {

        /** The algorithm an object keeps: the client's, else the one computed by default. */
        public ChecksumAlgorithm storedAlgorithm() {
            return clientAlgorithm != null ? clientAlgorithm : checksums.keySet().iterator().next();
        }

        public String checksum(ChecksumAlgorithm algorithm) {
            return checksums.get(algorithm);
        }
    }

    private String expectedChecksum() {
        if (headerChecksum != null) {
            return headerChecksum.strip();
        }
        if (trailerName != null) {
            Map<String, String> trailers = chunked == null ? Map.of() : chunked.trailers();
            String value = trailers.get(trailerName);
            if (value == null) {
                throw S3Error.invalidRequest("The request declared the trailer " + trailerName
                        + " in x-amz-trailer but its body did not carry it.");
            }
            return value;
        }
        return null;
    }

    private static List<String> contentEncodings(HttpHeaders headers) {
        String value = headers.first("Content-Encoding");
        List<String> encodings = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                encodings.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return encodings;
    }

    /** The Content-Encoding to store: what the client sent, without the transfer framing aws-chunked. */
    public static String storedContentEncoding(HttpHeaders headers) {
        List<String> kept = contentEncodings(headers).stream().filter(e -> !e.equals("aws-chunked") && !e.isEmpty())
                .toList();
        return kept.isEmpty() ? null : String.join(",", kept);
    }

    private static Long declaredLength(HttpHeaders headers, boolean awsChunked) {
        String name = awsChunked ? "x-amz-decoded-content-length" : "Content-Length";
        String value = headers.first(name);
        if (value == null) {
            if (awsChunked) {
                throw new S3Error(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
            }
            return null;
        }
        try {
            long length = Long.parseLong(value.strip());
            if (length < 0) {
                throw new NumberFormatException(value);
            }
            return length;
        } catch (NumberFormatException e) {
            throw S3Error.invalidArgument("The " + name + " header is not a valid length.", name, value);
        }
    }

    private static byte[] declaredSha256(String contentSha256) {
        if (contentSha256 == null || contentSha256.startsWith(STREAMING_PREFIX) || contentSha256.equals(UNSIGNED)) {
            return null;
        }
        if (!contentSha256.matches("[0-9a-fA-F]{64}")) {
            throw S3Error.invalidArgument("x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-"
                    + "TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER,"
                    + " STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD, STREAMING-AWS4-ECDSA-P256-SHA256-PAYLOAD-TRAILER"
                    + " or a valid sha256 value.", "x-amz-content-sha256", contentSha256);
        }
        return HexFormat.of().parseHex(contentSha256);
    }

    private static byte[] decodeMd5(String value) {
        try {
            byte[] md5 = Base64.getDecoder().decode(value.strip());
            if (md5.length == 16) {
                return md5;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new S3Error(400, "InvalidDigest", "The Content-MD5 you specified is not valid.");
    }

    /** The one {@code x-amz-checksum-*} value header, or null; S3 refuses more than one. */
    private static String checksumHeader(HttpHeaders headers) {
        String found = null;
        for (String name : headers.names()) {
            Optional<ChecksumAlgorithm> named = ChecksumAlgorithm.fromHeader(name);
            if (named.isPresent()) {
                if (found != null) {
                    throw S3Error.invalidRequest("Expecting a single x-amz-checksum- header. Multiple checksum Types"
                            + " are not allowed.");
                }
                found = name;
                String value = headers.first(name);
                if (!validBase64(value, named.get())) {
                    throw S3Error.invalidRequest("Value for " + named.get().header() + " header is invalid.");
                }
            }
        }
        return found;
    }

    private static boolean validBase64(String value, ChecksumAlgorithm algorithm) {
        try {
            return Base64.getDecoder().decode(value.strip()).length == algorithm.newDigest().finish().length;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ChecksumAlgorithm clientAlgorithm(HttpHeaders headers, String checksumHeader, String trailer) {
        if (checksumHeader != null) {
            return ChecksumAlgorithm.fromHeader(checksumHeader).orElseThrow();
        }
        if (trailer != null) {
            return ChecksumAlgorithm.fromHeader(trailer).orElseThrow(() -> S3Error.invalidRequest(
                    "The value specified in the x-amz-trailer header is not supported"));
        }
        String sdkAlgorithm = headers.first("x-amz-sdk-checksum-algorithm");
        if (sdkAlgorithm != null) {
            return ChecksumAlgorithm.fromWire(sdkAlgorithm).orElseThrow(() -> S3Error.invalidArgument(
                    "Checksum algorithm provided is unsupported. Please try again with any of the valid types:"
                            + " [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]", "x-amz-sdk-checksum-algorithm",
                    sdkAlgorithm));
        }
        return null;
    }
}
