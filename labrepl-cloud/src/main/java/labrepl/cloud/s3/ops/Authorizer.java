package labrepl.cloud.s3.ops;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import labrepl.cloud.s3.auth.Principal;
import labrepl.cloud.s3.policy.AccessRequest;
import labrepl.cloud.s3.policy.BucketAccess;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.Bucket;

/** Turns an S3 request into the access question a bucket policy answers, and asks it. */
public final class Authorizer {

    private final BucketAccess access;

    public Authorizer(BucketAccess access) {
        this.access = access;
    }

    public BucketAccess access() {
        return access;
    }

    /** @throws S3Error AccessDenied when {@code action} on the bucket, or on {@code key} in it, is not allowed */
    public void require(S3Request request, Bucket bucket, String action, String key) {
        access.check(bucket, question(request, action, bucket.name(), key));
    }

    public boolean allows(S3Request request, Bucket bucket, String action, String key) {
        return access.allows(bucket, question(request, action, bucket.name(), key));
    }

    /** The access question with the condition keys this request carries. */
    public static AccessRequest question(S3Request request, String action, String bucket, String key) {
        return new AccessRequest(request.principal(), action, AccessRequest.arn(bucket, key),
                conditionKeys(request.principal(), request.sourceIp(), request.received().getEpochSecond(),
                        request::header, request.query()));
    }

    /** Global and S3 condition keys; a website request passes no query and no signed headers. */
    public static Map<String, String> conditionKeys(Principal principal, String sourceIp, long epochSecond,
                                                    Function<String, String> header,
                                                    Map<String, String> query) {
        Map<String, String> keys = new HashMap<>();
        keys.put("aws:SecureTransport", "false"); // the local cloud speaks plain HTTP
        keys.put("aws:SourceIp", sourceIp);
        keys.put("aws:EpochTime", Long.toString(epochSecond));
        keys.put("aws:CurrentTime", Instant.ofEpochSecond(epochSecond).toString());
        keys.put("aws:Referer", header.apply("Referer"));
        keys.put("aws:UserAgent", header.apply("User-Agent"));
        if (principal.isAnonymous()) {
            keys.put("aws:PrincipalType", "Anonymous");
            keys.put("aws:userid", "anonymous");
        } else {
            keys.put("aws:PrincipalType", "Account");
            keys.put("aws:PrincipalAccount", principal.accountId());
            keys.put("aws:PrincipalArn", principal.arn());
            keys.put("aws:userid", principal.accountId());
            keys.put("s3:authType", principal.authType());
            keys.put("s3:signatureversion", "AWS4-HMAC-SHA256");
            keys.put("s3:x-amz-content-sha256", header.apply("x-amz-content-sha256"));
        }
        keys.put("s3:x-amz-acl", header.apply("x-amz-acl"));
        keys.put("s3:x-amz-storage-class", header.apply("x-amz-storage-class"));
        keys.put("s3:x-amz-metadata-directive", header.apply("x-amz-metadata-directive"));
        keys.put("s3:x-amz-copy-source", header.apply("x-amz-copy-source"));
        keys.put("s3:prefix", query.get("prefix"));
        keys.put("s3:delimiter", query.get("delimiter"));
        keys.put("s3:max-keys", query.get("max-keys"));
        return keys;
    }
}
