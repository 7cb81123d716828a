package labrepl.cloud.s3.storage;

import java.util.Map;
import java.util.TreeMap;

/**
 * What S3 keeps beside an object's bytes and sends back on GET and HEAD: the headers the
 * uploader set and the user metadata ({@code x-amz-meta-*}, names in lower case).
 */
public record ObjectMetadata(String contentType, String contentEncoding, String contentDisposition,
                             String contentLanguage, String cacheControl, String expires,
                             String websiteRedirectLocation, String storageClass, Map<String, String> userMetadata) {

    /** S3's Content-Type for an object uploaded without one. */
    public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

    public ObjectMetadata {
        userMetadata = userMetadata == null ? Map.of() : new TreeMap<>(userMetadata);
    }
}
