package labrepl.cloud.s3.website;

import java.nio.charset.StandardCharsets;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.ops.BucketDocuments;
import labrepl.cloud.s3.ops.S3Request;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.Bucket;

/** Put/Get/DeleteBucketWebsite on the REST API. */
public final class WebsiteConfigOperations {

    private final BucketDocuments documents;

    public WebsiteConfigOperations(BucketDocuments documents) {
        this.documents = documents;
    }

    public CloudResponse putBucketWebsite(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:PutBucketWebsite");
        documents.store(bucket, WebsiteConfiguration.SUBRESOURCE,
                WebsiteConfiguration.parse(request.document()).toXml());
        return CloudResponse.ok();
    }

    public CloudResponse getBucketWebsite(S3Request request) {
        Bucket bucket = documents.authorized(request, "s3:GetBucketWebsite");
        String xml = documents.read(bucket, WebsiteConfiguration.SUBRESOURCE, b -> noWebsite(b.name()));
        return CloudResponse.xml(xml.getBytes(StandardCharsets.UTF_8));
    }

    public CloudResponse deleteBucketWebsite(S3Request request) {
        return documents.remove(request, "s3:DeleteBucketWebsite", WebsiteConfiguration.SUBRESOURCE);
    }

    static S3Error noWebsite(String bucket) {
        return new S3Error(404, "NoSuchWebsiteConfiguration", "The specified bucket does not have a website"
                + " configuration").with("BucketName", bucket);
    }
}
