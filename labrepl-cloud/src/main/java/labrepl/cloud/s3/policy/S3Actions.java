package labrepl.cloud.s3.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The actions a bucket policy may name, each on a bucket or on an object, from the
 * Service Authorization Reference for Amazon S3 (account-level actions such as
 * {@code s3:ListAllMyBuckets} cannot apply to a bucket's resources).
 */
final class S3Actions {

    enum Kind { BUCKET, OBJECT }

    record Action(String name, Kind kind) {
    }

    private static final List<String> OBJECT_ACTIONS = List.of(
            "AbortMultipartUpload", "BypassGovernanceRetention", "DeleteObject", "DeleteObjectTagging",
            "DeleteObjectVersion", "DeleteObjectVersionTagging", "GetObject", "GetObjectAcl", "GetObjectAttributes",
            "GetObjectLegalHold", "GetObjectRetention", "GetObjectTagging", "GetObjectTorrent", "GetObjectVersion",
            "GetObjectVersionAcl", "GetObjectVersionAttributes", "GetObjectVersionForReplication",
            "GetObjectVersionTagging", "GetObjectVersionTorrent", "InitiateReplication", "ListMultipartUploadParts",
            "ObjectOwnerOverrideToBucketOwner", "PutObject", "PutObjectAcl", "PutObjectLegalHold",
            "PutObjectRetention", "PutObjectTagging", "PutObjectVersionAcl", "PutObjectVersionTagging",
            "ReplicateDelete", "ReplicateObject", "ReplicateTags", "RestoreObject");

    private static final List<String> BUCKET_ACTIONS = List.of(
            "CreateBucket", "DeleteBucket", "DeleteBucketOwnershipControls", "DeleteBucketPolicy",
            "DeleteBucketWebsite", "GetAccelerateConfiguration", "GetAnalyticsConfiguration", "GetBucketAcl",
            "GetBucketCORS", "GetBucketLocation", "GetBucketLogging", "GetBucketNotification",
            "GetBucketObjectLockConfiguration", "GetBucketOwnershipControls", "GetBucketPolicy",
            "GetBucketPolicyStatus", "GetBucketPublicAccessBlock", "GetBucketRequestPayment", "GetBucketTagging",
            "GetBucketVersioning", "GetBucketWebsite", "GetEncryptionConfiguration",
            "GetIntelligentTieringConfiguration", "GetInventoryConfiguration", "GetLifecycleConfiguration",
            "GetMetricsConfiguration", "GetReplicationConfiguration", "ListBucket", "ListBucketMultipartUploads",
            "ListBucketVersions", "PutAccelerateConfiguration", "PutAnalyticsConfiguration", "PutBucketAcl",
            "PutBucketCORS", "PutBucketLogging", "PutBucketNotification", "PutBucketObjectLockConfiguration",
            "PutBucketOwnershipControls", "PutBucketPolicy", "PutBucketPublicAccessBlock",
            "PutBucketRequestPayment", "PutBucketTagging", "PutBucketVersioning", "PutBucketWebsite",
            "PutEncryptionConfiguration", "PutIntelligentTieringConfiguration", "PutInventoryConfiguration",
            "PutLifecycleConfiguration", "PutMetricsConfiguration", "PutReplicationConfiguration");

    static final List<Action> ALL = Stream.concat(
            OBJECT_ACTIONS.stream().map(name -> new Action("s3:" + name, Kind.OBJECT)),
            BUCKET_ACTIONS.stream().map(name -> new Action("s3:" + name, Kind.BUCKET))).toList();

    /** S3's own condition keys (lower case); any {@code aws:} key is accepted as well. */
    static final Set<String> CONDITION_KEYS = Set.of(
            "s3:prefix", "s3:delimiter", "s3:max-keys", "s3:x-amz-acl", "s3:x-amz-content-sha256", "s3:authtype",
            "s3:signatureversion", "s3:signatureage", "s3:tlsversion", "s3:x-amz-server-side-encryption",
            "s3:x-amz-server-side-encryption-aws-kms-key-id", "s3:x-amz-storage-class", "s3:x-amz-metadata-directive",
            "s3:x-amz-copy-source", "s3:versionid", "s3:locationconstraint", "s3:resourceaccount",
            "s3:requestobjecttagkeys", "s3:object-lock-mode", "s3:object-lock-retain-until-date",
            "s3:object-lock-legal-hold", "s3:object-lock-remaining-retention-days", "s3:x-amz-grant-read",
            "s3:x-amz-grant-write", "s3:x-amz-grant-read-acp", "s3:x-amz-grant-write-acp",
            "s3:x-amz-grant-full-control", "s3:dataaccesspointarn", "s3:dataaccesspointaccount",
            "s3:accesspointnetworkorigin", "s3:if-match", "s3:if-none-match", "s3:x-amz-website-redirect-location");

    private static final List<String> TAG_KEY_PREFIXES = List.of("s3:existingobjecttag/", "s3:requestobjecttag/");

    private S3Actions() {
    }

    static boolean knownConditionKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.startsWith("aws:")) {
            return lower.length() > 4;
        }
        return CONDITION_KEYS.contains(lower)
                || TAG_KEY_PREFIXES.stream().anyMatch(prefix -> lower.startsWith(prefix) && lower.length() > prefix.length());
    }
}
