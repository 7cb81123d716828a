package labrepl.cloud.s3.website;

import java.nio.charset.StandardCharsets;
import labrepl.cloud.s3.ops.Authorizer;
import labrepl.cloud.s3.ops.S3Request;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.S3Response;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.BucketCatalog;

/** Put/Get/DeleteBucketWebsite on the REST API. */
public final class WebsiteConfigOperations {

    private final BucketCatalog buckets;
    private final Authorizer authorizer;

    public WebsiteConfigOperations(BucketCatalog buckets, Authorizer authorizer) {
        this.buckets = buckets;
        this.authorizer = authorizer;
    }

    public S3Response putBucketWebsite(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:PutBucketWebsite", null);
        WebsiteConfiguration configuration = WebsiteConfiguration.parse(request.document());
        buckets.update(bucket.name(), b -> b.withDocument(WebsiteConfiguration.SUBRESOURCE, configuration.toXml()));
        return S3Response.ok();
    }

    public S3Response getBucketWebsite(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:GetBucketWebsite", null);
        String xml = bucket.document(WebsiteConfiguration.SUBRESOURCE).orElseThrow(() -> noWebsite(bucket.name()));
        return S3Response.xml(xml.getBytes(StandardCharsets.UTF_8));
    }

    public S3Response deleteBucketWebsite(S3Request request) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, "s3:DeleteBucketWebsite", null);
        buckets.update(bucket.name(), b -> b.withDocument(WebsiteConfiguration.SUBRESOURCE, null));
        return S3Response.noContent();
    }

    static S3Error noWebsite(String bucket) {
        return new S3Error(404, "NoSuchWebsiteConfiguration", "The specified bucket does not have a website"
                + " configuration").with("BucketName", bucket);
    }
}
