package labrepl.cloud.s3.ops;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.payload.IncomingPayload;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.ObjectMetadata;

/** Object metadata to and from HTTP headers: Content-Type and friends, and {@code x-amz-meta-*}. */
final class ObjectHeaders {

    private static final String USER_PREFIX = "x-amz-meta-";
    private static final int MAX_USER_METADATA_BYTES = 2048;
    private static final List<String> STORAGE_CLASSES = List.of("STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA",
            "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW",
            "EXPRESS_ONEZONE");

    private ObjectHeaders() {
    }

    /**
     * The metadata an upload's headers set.
     *
     * @throws S3Error MetadataTooLarge, InvalidStorageClass, AccessControlListNotSupported
     */
    static ObjectMetadata fromRequest(HttpHeaders headers) {
        checkAcl(headers);
        checkUnsupported(headers);
        Map<String, String> user = new TreeMap<>();
        headers.forEach((field, values) -> {
            String name = field.toLowerCase(Locale.ROOT);
            if (name.startsWith(USER_PREFIX) && name.length() > USER_PREFIX.length()) {
                user.put(name.substring(USER_PREFIX.length()), String.join(",", values));
            }
        });
        int size = 0;
        for (Map.Entry<String, String> entry : user.entrySet()) {
            size += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                    + entry.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        if (size > MAX_USER_METADATA_BYTES) {
            throw new S3Error(400, "MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size")
                    .with("Size", Integer.toString(size)).with("MaxSizeAllowed", "2048");
        }
        String storageClass = headers.first("x-amz-storage-class");
        if (storageClass != null && !STORAGE_CLASSES.contains(storageClass)) {
            throw new S3Error(400, "InvalidStorageClass", "The storage class you specified is not valid")
                    .with("StorageClassRequested", storageClass);
        }
        String contentType = headers.first("Content-Type");
        return new ObjectMetadata(contentType == null ? ObjectMetadata.DEFAULT_CONTENT_TYPE : contentType,
                IncomingPayload.storedContentEncoding(headers), headers.first("Content-Disposition"),
                headers.first("Content-Language"), headers.first("Cache-Control"), headers.first("Expires"),
                headers.first("x-amz-website-redirect-location"),
                "STANDARD".equals(storageClass) ? null : storageClass, user);
    }

    /** New buckets have ACLs disabled (BucketOwnerEnforced): only the owner-full-control grant is accepted. */
    private static void checkAcl(HttpHeaders headers) {
        String acl = headers.first("x-amz-acl");
        boolean grants = headers.names().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("x-amz-grant-"));
        if (grants || acl != null && !acl.equals("bucket-owner-full-control") && !acl.equals("private")) {
            throw new S3Error(400, "AccessControlListNotSupported", "The bucket does not allow ACLs");
        }
    }

    /**
     * Features of an upload the local cloud does not keep are refused, never silently dropped.
     * Encryption with S3's own keys (AES256) is what S3 does for every object anyway.
     */
    private static void checkUnsupported(HttpHeaders headers) {
        if (headers.first("x-amz-tagging") != null) {
            throw S3Error.notImplemented("object tags (x-amz-tagging)");
        }
        String encryption = headers.first("x-amz-server-side-encryption");
        if (encryption != null && !encryption.equals("AES256")
                || headers.first("x-amz-server-side-encryption-customer-algorithm") != null) {
            throw S3Error.notImplemented("server-side encryption other than AES256");
        }
        if (headers.first("x-amz-object-lock-mode") != null
                || headers.first("x-amz-object-lock-retain-until-date") != null
                || headers.first("x-amz-object-lock-legal-hold") != null) {
            throw S3Error.invalidRequest("Bucket is missing Object Lock Configuration");
        }
    }

    /** Writes an object's metadata onto a GET or HEAD answer. */
    static void addTo(CloudResponse response, ObjectMetadata metadata) {
        response.header("Content-Type", metadata.contentType())
                .header("Content-Encoding", metadata.contentEncoding())
                .header("Content-Disposition", metadata.contentDisposition())
                .header("Content-Language", metadata.contentLanguage())
                .header("Cache-Control", metadata.cacheControl())
                .header("Expires", metadata.expires())
                .header("x-amz-website-redirect-location", metadata.websiteRedirectLocation())
                .header("x-amz-storage-class", metadata.storageClass());
        metadata.userMetadata().forEach((name, value) -> response.header(USER_PREFIX + name, value));
    }
}
