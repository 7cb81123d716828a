package labrepl.cloud.s3.ops;

import java.util.function.Function;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.BucketCatalog;

/**
 * The steps every Put/Get/Delete of a bucket's configuration document shares (policy,
 * Block Public Access, website): find the bucket, check the requester's permission, then
 * store, read or remove the document.
 */
public final class BucketDocuments {

    private final BucketCatalog buckets;
    private final Authorizer authorizer;

    public BucketDocuments(BucketCatalog buckets, Authorizer authorizer) {
        this.buckets = buckets;
        this.authorizer = authorizer;
    }

    public Authorizer authorizer() {
        return authorizer;
    }

    /** The request's bucket, once its requester may do {@code action} on it. */
    public Bucket authorized(S3Request request, String action) {
        Bucket bucket = buckets.require(request.bucket());
        authorizer.require(request, bucket, action, null);
        return bucket;
    }

    public void store(Bucket bucket, String subresource, String text) {
        buckets.update(bucket.name(), b -> b.withDocument(subresource, text));
    }

    /** The stored document, or the error S3 gives for a bucket without one. */
    public String read(Bucket bucket, String subresource, Function<Bucket, S3Error> missing) {
        return bucket.document(subresource).orElseThrow(() -> missing.apply(bucket));
    }

    public CloudResponse remove(S3Request request, String action, String subresource) {
        store(authorized(request, action), subresource, null);
        return CloudResponse.noContent();
    }
}
