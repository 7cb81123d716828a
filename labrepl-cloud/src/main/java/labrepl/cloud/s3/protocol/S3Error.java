package labrepl.cloud.s3.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as S3 sends it: an HTTP status, a code SDKs map to typed exceptions, a message
 * and the extra elements S3 adds for that code ({@code BucketName}, {@code Key}, …).
 * Raised where the input is read; rendered once, by {@link S3ErrorXml} or, on a website
 * endpoint, as an HTML page.
 */
public final class S3Error extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> details;

    public S3Error(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    private S3Error(int status, String code, String message, Map<String, String> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    /** This error with one more element in its body, e.g. {@code with("BucketName", name)}. */
    public S3Error with(String element, String value) {
        Map<String, String> more = new LinkedHashMap<>(details);
        more.put(element, value);
        return new S3Error(status, code, getMessage(), Collections.unmodifiableMap(more));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The elements after Code and Message, in the order S3 writes them. */
    public Map<String, String> details() {
        return details;
    }

    public static S3Error accessDenied() {
        return new S3Error(403, "AccessDenied", "Access Denied");
    }

    public static S3Error accessDenied(String message) {
        return new S3Error(403, "AccessDenied", message);
    }

    public static S3Error noSuchBucket(String bucket) {
        return new S3Error(404, "NoSuchBucket", "The specified bucket does not exist").with("BucketName", bucket);
    }

    public static S3Error noSuchKey(String key) {
        return new S3Error(404, "NoSuchKey", "The specified key does not exist.").with("Key", key);
    }

    public static S3Error noSuchUpload(String uploadId) {
        return new S3Error(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid,"
                + " or the upload may have been aborted or completed.").with("UploadId", uploadId);
    }

    public static S3Error invalidArgument(String message, String name, String value) {
        S3Error error = new S3Error(400, "InvalidArgument", message).with("ArgumentName", name);
        return value == null ? error : error.with("ArgumentValue", value);
    }

    public static S3Error invalidRequest(String message) {
        return new S3Error(400, "InvalidRequest", message);
    }

    public static S3Error malformedXml() {
        return new S3Error(400, "MalformedXML",
                "The XML you provided was not well-formed or did not validate against our published schema");
    }

    public static S3Error badDigest(String what) {
        return new S3Error(400, "BadDigest", "The " + what + " you specified did not match the calculated checksum.");
    }

    public static S3Error preconditionFailed(String condition) {
        return new S3Error(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold")
                .with("Condition", condition);
    }

    public static S3Error notImplemented(String what) {
        return new S3Error(501, "NotImplemented", "A header or query you provided implies functionality that is not"
                + " implemented in the local cloud: " + what);
    }

    public static S3Error methodNotAllowed(String method, String resourceType) {
        return new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.")
                .with("Method", method).with("ResourceType", resourceType);
    }

    public static S3Error internalError(String detail) {
        return new S3Error(500, "InternalError", "We encountered an internal error. Please try again. (" + detail + ")");
    }
}
