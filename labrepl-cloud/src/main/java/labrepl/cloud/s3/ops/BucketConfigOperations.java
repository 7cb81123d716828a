package labrepl.cloud.s3.ops;

import java.nio.charset.StandardCharsets;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.policy.BucketPolicy;
import labrepl.cloud.s3.policy.PublicAccessBlock;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;

/** Put/Get/DeleteBucketPolicy, GetBucketPolicyStatus and Put/Get/DeletePublicAccessBlock. */
public final class BucketConfigOperations {

    private final BucketDocuments documents;

    public BucketConfigOperations(BucketDocuments documents) {
        this.documents = documents;
    }

    public CloudResponse putBucketPolicy(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:PutBucketPolicy");
        String text = new String(request.document(), StandardCharsets.UTF_8);
        BucketPolicy policy = BucketPolicy.parse(text, bucket.name());
        documents.authorizer().access().checkNewPolicy(bucket, policy, request.principal().arn());
        documents.store(bucket, BucketPolicy.SUBRESOURCE, text);
        return CloudResponse.noContent();
    }

    public CloudResponse getBucketPolicy(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:GetBucketPolicy");
        String text = documents.read(bucket, BucketPolicy.SUBRESOURCE, BucketConfigOperations::noSuchPolicy);
        return CloudResponse.bytes(200, "application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    public CloudResponse deleteBucketPolicy(S3Request request) {
        return documents.remove(request, "s3:DeleteBucketPolicy", BucketPolicy.SUBRESOURCE);
    }

    public CloudResponse getBucketPolicyStatus(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:GetBucketPolicyStatus");
        BucketPolicy policy = documents.authorizer().access().policy(bucket).orElseThrow(() -> noSuchPolicy(bucket));
        return CloudResponse.xml(XmlWriter.document("PolicyStatus").element("IsPublic", policy.isPublic()).toBytes());
    }

    private static S3Error noSuchPolicy(Bucket bucket) {
        return new S3Error(404, "NoSuchBucketPolicy", "The bucket policy does not exist")
                .with("BucketName", bucket.name());
    }

    public CloudResponse putPublicAccessBlock(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:PutBucketPublicAccessBlock");
        documents.store(bucket, PublicAccessBlock.SUBRESOURCE, PublicAccessBlock.parse(request.document()).toXml());
        return CloudResponse.ok();
    }

    public CloudResponse getPublicAccessBlock(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:GetBucketPublicAccessBlock");
        String xml = documents.read(bucket, PublicAccessBlock.SUBRESOURCE, b -> new S3Error(404,
                "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found")
                .with("BucketName", b.name()));
        return CloudResponse.xml(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** IAM names the permission for deleting the settings s3:PutBucketPublicAccessBlock. */
    public CloudResponse deletePublicAccessBlock(S3Request request) {
        return documents.remove(request, "s3:PutBucketPublicAccessBlock", PublicAccessBlock.SUBRESOURCE);
    }
}
