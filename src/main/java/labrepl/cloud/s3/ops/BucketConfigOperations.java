package labrepl.cloud.s3.ops;

import java.nio.charset.StandardCharsets;
import labrepl.cloud.s3.policy.BucketPolicy;
import labrepl.cloud.s3.policy.PublicAccessBlock;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.S3Response;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.BucketCatalog;

/** Put/Get/DeleteBucketPolicy, GetBucketPolicyStatus and Put/Get/DeletePublicAccessBlock. */
public final class BucketConfigOperations {

    private final BucketCatalog buckets;
    private final Authorizer authorizer;

    public BucketConfigOperations(BucketCatalog buckets, Authorizer authorizer) {
        this.buckets = buckets;
        this.authorizer = authorizer;
    }

    public S3Response putBucketPolicy(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:PutBucketPolicy", null);
        String text = new String(request.document(), StandardCharsets.UTF_8);
        BucketPolicy policy = BucketPolicy.parse(text, bucket.name());
        authorizer.access().checkNewPolicy(bucket, policy, request.principal().arn());
        buckets.update(bucket.name(), b -> b.withDocument(BucketPolicy.SUBRESOURCE, text));
        return S3Response.noContent();
    }

    public S3Response getBucketPolicy(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:GetBucketPolicy", null);
        String text = bucket.document(BucketPolicy.SUBRESOURCE).orElseThrow(() -> noSuchPolicy(bucket));
        return S3Response.bytes(200, "application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    public S3Response deleteBucketPolicy(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:DeleteBucketPolicy", null);
        buckets.update(bucket.name(), b -> b.withDocument(BucketPolicy.SUBRESOURCE, null));
        return S3Response.noContent();
    }

    public S3Response getBucketPolicyStatus(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:GetBucketPolicyStatus", null);
        BucketPolicy policy = authorizer.access().policy(bucket).orElseThrow(() -> noSuchPolicy(bucket));
        return S3Response.xml(XmlWriter.document("PolicyStatus").element("IsPublic", policy.isPublic()).toBytes());
    }

    private static S3Error noSuchPolicy(Bucket bucket) {
        return new S3Error(404, "NoSuchBucketPolicy", "The bucket policy does not exist")
                .with("BucketName", bucket.name());
    }

    public S3Response putPublicAccessBlock(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:PutBucketPublicAccessBlock", null);
        PublicAccessBlock settings = PublicAccessBlock.parse(request.document());
        buckets.update(bucket.name(), b -> b.withDocument(PublicAccessBlock.SUBRESOURCE, settings.toXml()));
        return S3Response.ok();
    }

    public S3Response getPublicAccessBlock(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:GetBucketPublicAccessBlock", null);
        String xml = bucket.document(PublicAccessBlock.SUBRESOURCE).orElseThrow(() ->
                new S3Error(404, "NoSuchPublicAccessBlockConfiguration",
                        "The public access block configuration was not found").with("BucketName", bucket.name()));
        return S3Response.xml(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** IAM names the permission for deleting the settings s3:PutBucketPublicAccessBlock. */
    public S3Response deletePublicAccessBlock(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:PutBucketPublicAccessBlock", null);
        buckets.update(bucket.name(), b -> b.withDocument(PublicAccessBlock.SUBRESOURCE, null));
        return S3Response.noContent();
    }
}
