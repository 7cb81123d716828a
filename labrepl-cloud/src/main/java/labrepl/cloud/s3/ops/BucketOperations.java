package labrepl.cloud.s3.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.policy.PublicAccessBlock;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlElement;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.BucketCatalog;
import labrepl.cloud.s3.storage.ObjectIndex;
import labrepl.cloud.s3.storage.Part;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.Upload;

/** CreateBucket, HeadBucket, ListBuckets, GetBucketLocation and DeleteBucket. */
public final class BucketOperations {

    private static final String US_EAST_1 = "us-east-1";
    private static final int MAX_BUCKETS_PER_PAGE = 10000;

    private final CloudIdentity identity;
    private final BucketCatalog buckets;
    private final ObjectIndex objects;
    private final S3Storage storage;
    private final Authorizer authorizer;

    public BucketOperations(CloudIdentity identity, S3Storage storage, Authorizer authorizer) {
        this.identity = identity;
        this.buckets = storage.buckets();
        this.objects = storage.objects();
        this.storage = storage;
        this.authorizer = authorizer;
    }

    /** The canonical user id S3 shows as the owner: 64 hex digits derived from the account. */
    public static String canonicalId(String accountId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    public CloudResponse createBucket(S3Request request) {
        if (request.principal().isAnonymous()) {
            throw S3Error.accessDenied();
        }
        String name = request.bucket();
        BucketNames.check(name);
        String constraint = locationConstraint(request);
        checkConstraint(constraint);
        String acl = request.header("x-amz-acl");
        if (acl != null && !acl.equals("private") && !acl.equals("bucket-owner-full-control")) {
            throw new S3Error(400, "InvalidBucketAclWithObjectOwnership",
                    "Bucket cannot have ACLs set with ObjectOwnership's BucketOwnerEnforced setting");
        }
        Bucket bucket = Bucket.create(name, identity.region(), request.received(),
                Map.of(PublicAccessBlock.SUBRESOURCE, PublicAccessBlock.ALL_ON.toXml()));
        if (!buckets.create(bucket) && !identity.region().equals(US_EAST_1)) {
            // In us-east-1 S3 answers 200 to re-creating a bucket you own, for legacy compatibility.
            throw new S3Error(409, "BucketAlreadyOwnedByYou",
                    "Your previous request to create the named bucket succeeded and you already own it.")
                    .with("BucketName", name);
        }
        return CloudResponse.ok().header("Location", "/" + name);
    }

    private static String locationConstraint(S3Request request) {
        byte[] body = request.document();
        if (body.length == 0) {
            return null;
        }
        XmlElement configuration = XmlElement.parse(body, "CreateBucketConfiguration");
        String constraint = configuration.childText("LocationConstraint");
        return constraint == null || constraint.isEmpty() ? null : constraint;
    }

    /** S3's rule: us-east-1 takes no constraint; any other region takes its own name. */
    private void checkConstraint(String constraint) {
        String region = identity.region();
        if (region.equals(US_EAST_1)) {
            if (US_EAST_1.equals(constraint)) {
                throw new S3Error(400, "InvalidLocationConstraint", "The specified location-constraint is not valid")
                        .with("LocationConstraint", constraint);
            }
            if (constraint != null) {
                throw illegalConstraint(constraint);
            }
        } else if (!region.equals(constraint)) {
            throw illegalConstraint(constraint == null ? "unspecified" : constraint);
        }
    }

    private static S3Error illegalConstraint(String named) {
        return new S3Error(400, "IllegalLocationConstraintException", "The " + named
                + " location constraint is incompatible for the region specific endpoint this request was sent to.");
    }

    public CloudResponse headBucket(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:ListBucket", null);
        return CloudResponse.ok().header("x-amz-bucket-region", bucket.region())
                .header("x-amz-access-point-alias", "false");
    }

    public CloudResponse listBuckets(S3Request request) {
        if (request.principal().isAnonymous()) {
            throw S3Error.accessDenied();
        }
        String prefix = request.query("prefix");
        String region = request.query("bucket-region");
        String after = request.query("continuation-token");
        int max = maxBuckets(request.query("max-buckets"));
        List<Bucket> matching = buckets.list().stream()
                .filter(b -> prefix == null || b.name().startsWith(prefix))
                .filter(b -> region == null || b.region().equals(region))
                .filter(b -> after == null || b.name().compareTo(after) > 0)
                .toList();
        List<Bucket> page = matching.subList(0, Math.min(max, matching.size()));
        XmlWriter xml = XmlWriter.document("ListAllMyBucketsResult")
                .start("Owner").element("ID", canonicalId(request.principal().accountId())).end()
                .start("Buckets");
        for (Bucket bucket : page) {
            xml.start("Bucket").element("Name", bucket.name())
                    .element("CreationDate", HttpDates.iso(bucket.created()))
                    .element("BucketRegion", bucket.region()).end();
        }
        xml.end();
        if (page.size() < matching.size()) {
            xml.element("ContinuationToken", page.get(page.size() - 1).name());
        }
        xml.element("Prefix", prefix);
        return CloudResponse.xml(xml.toBytes());
    }

    private static int maxBuckets(String value) {
        if (value == null) {
            return MAX_BUCKETS_PER_PAGE;
        }
        try {
            int max = Integer.parseInt(value);
            if (max >= 1 && max <= MAX_BUCKETS_PER_PAGE) {
                return max;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Error.invalidArgument("Argument max-buckets must be an integer between 1 and 10000", "max-buckets",
                value);
    }

    public CloudResponse getBucketLocation(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:GetBucketLocation", null);
        // us-east-1 is the one region S3 reports as an empty LocationConstraint.
        String location = bucket.region().equals(US_EAST_1) ? "" : bucket.region();
        return CloudResponse.xml(XmlWriter.document("LocationConstraint").text(location).toBytes());
    }

    public CloudResponse deleteBucket(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:DeleteBucket", null);
        synchronized (storage.bucketLock(bucket.name())) {
            if (!objects.isEmpty(bucket.name())) {
                throw new S3Error(409, "BucketNotEmpty", "The bucket you tried to delete is not empty")
                        .with("BucketName", bucket.name());
            }
            for (Upload upload : storage.uploads().uploads(bucket.name())) {
                List<Part> parts = storage.uploads().remove(upload.uploadId());
                storage.blobs().delete(parts.stream().map(Part::segment).toList());
            }
            buckets.delete(bucket.name());
            objects.drop(bucket.name());
        }
        return CloudResponse.noContent();
    }
}
