package labrepl.cloud.s3.ops;

import java.nio.charset.StandardCharsets;
import labrepl.cloud.s3.policy.BucketPolicy;
import labrepl.cloud.s3.policy.PublicAccessBlock;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.S3Response;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;

/** Put/Get/DeleteBucketPolicy, GetBucketPolicyStatus and Put/Get/DeletePublicAccessBlock. */
public final class BucketConfigOperations {

    private final BucketDocuments documents;

    public BucketConfigOperations(BucketDocuments documents) {
        this.documents = documents;
    }

    public S3Response putBucketPolicy(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:PutBucketPolicy");
        String text = new String(request.document(), StandardCharsets.UTF_8);
        BucketPolicy policy = BucketPolicy.parse(text, bucket.name());
        documents.authorizer().access().checkNewPolicy(bucket, policy, request.principal().arn());
        documents.store(bucket, BucketPolicy.SUBRESOURCE, text);
        return S3Response.noContent();
    }

    public S3Response getBucketPolicy(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:GetBucketPolicy");
        String text = documents.read(bucket, BucketPolicy.SUBRESOURCE, BucketConfigOperations::noSuchPolicy);
        return S3Response.bytes(200, "application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    public S3Response deleteBucketPolicy(S3Request request) {
        return documents.remove(request, "s3:DeleteBucketPolicy", BucketPolicy.SUBRESOURCE);
    }

    public S3Response getBucketPolicyStatus(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:GetBucketPolicyStatus");
        BucketPolicy policy = documents.authorizer().access().policy(bucket).orElseThrow(() -> noSuchPolicy(bucket));
        return S3Response.xml(XmlWriter.document("PolicyStatus").element("IsPublic", policy.isPublic()).toBytes());
    }

    private static S3Error noSuchPolicy(Bucket bucket) {
        return new S3Error(404, "NoSuchBucketPolicy", "The bucket policy does not exist")
                .with("BucketName", bucket.name());
    }

    public S3Response putPublicAccessBlock(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:PutBucketPublicAccessBlock");
        documents.store(bucket, PublicAccessBlock.SUBRESOURCE, PublicAccessBlock.parse(request.document()).toXml());
        return S3Response.ok();
    }

    public S3Response getPublicAccessBlock(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:GetBucketPublicAccessBlock");
        String xml = documents.read(bucket, PublicAccessBlock.SUBRESOURCE, b -> new S3Error(404,
                "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found")
                .with("BucketName", b.name()));
        return S3Response.xml(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** IAM names the permission for deleting the settings s3:PutBucketPublicAccessBlock. */
    public S3Response deletePublicAccessBlock(S3Request request) {
        return documents.remove(request, "s3:PutBucketPublicAccessBlock", PublicAccessBlock.SUBRESOURCE);
    }
}
