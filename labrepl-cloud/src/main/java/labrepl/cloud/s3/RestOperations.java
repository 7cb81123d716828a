package labrepl.cloud.s3;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.ops.Authorizer;
import labrepl.cloud.s3.ops.BucketConfigOperations;
import labrepl.cloud.s3.ops.BucketDocuments;
import labrepl.cloud.s3.ops.BucketOperations;
import labrepl.cloud.s3.ops.CopyOperations;
import labrepl.cloud.s3.ops.ListOperations;
import labrepl.cloud.s3.ops.MultipartListings;
import labrepl.cloud.s3.ops.MultipartOperations;
import labrepl.cloud.s3.ops.ObjectOperations;
import labrepl.cloud.s3.ops.S3Request;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.BucketCatalog;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.website.WebsiteConfigOperations;

/**
 * The S3 operations of the REST API, one route each, in the order they are tried: the method,
 * what the request names (the service, a bucket or an object), the subresource or header that
 * tells it apart, and the permission a bucket policy must grant. The bucket is found and the
 * permission checked here, once, before the operation runs.
 */
final class RestOperations {

    /** Subresources S3 has that the local cloud does not implement: answered 501, never mistaken for another call. */
    private static final Set<String> UNIMPLEMENTED = Set.of("acl", "accelerate", "analytics", "cors", "encryption",
            "intelligent-tiering", "inventory", "lifecycle", "logging", "metrics", "notification", "object-lock",
            "ownershipControls", "replication", "requestPayment", "tagging", "versioning", "versions", "attributes",
            "legal-hold", "retention", "torrent", "restore", "select", "metadataTable", "renameObject");

    /** What a request names, as S3's MethodNotAllowed calls it. */
    private enum Scope { SERVICE, BUCKET, OBJECT }

    /** An operation once its route has found the bucket (null for the service and CreateBucket). */
    @FunctionalInterface
    private interface Operation {
        CloudResponse run(S3Request request, Bucket bucket);
    }

    /**
     * @param action the permission on the bucket (BUCKET) or on the object's key (OBJECT); {@link #NO_BUCKET} when
     *               the operation has no existing bucket to check, {@link #PER_KEY} when it checks each key itself
     */
    private record Route(String method, Scope scope, Predicate<S3Request> when, String action, Operation operation) {
        boolean matches(S3Request request, Scope named) {
            return scope == named && method.equals(request.method()) && when.test(request);
        }
    }

    private static final String NO_BUCKET = "";
    private static final String PER_KEY = "*";

    private final BucketCatalog bucketCatalog;
    private final Authorizer authorizer;
    private final ObjectOperations objects;
    private final List<Route> routes;

    RestOperations(CloudIdentity identity, S3Storage storage, Authorizer authorizer) {
        this.bucketCatalog = storage.buckets();
        this.authorizer = authorizer;
        BucketOperations buckets = new BucketOperations(identity, storage);
        BucketDocuments documents = new BucketDocuments(storage.buckets(), authorizer);
        BucketConfigOperations configs = new BucketConfigOperations(documents);
        WebsiteConfigOperations websites = new WebsiteConfigOperations(documents);
        this.objects = new ObjectOperations(storage, authorizer);
        CopyOperations copies = new CopyOperations(storage, authorizer);
        ListOperations lists = new ListOperations(storage, identity.accountId());
        MultipartOperations multipart = new MultipartOperations(storage, copies);
        MultipartListings multipartLists = new MultipartListings(storage, identity.accountId());
        Predicate<S3Request> always = request -> true;
        Predicate<S3Request> copy = request -> request.header("x-amz-copy-source") != null;
        Predicate<S3Request> part = request -> request.hasQuery("uploadId") && request.hasQuery("partNumber");
        this.routes = List.of(
                new Route("GET", Scope.SERVICE, always, NO_BUCKET, (request, none) -> buckets.listBuckets(request)),

                new Route("PUT", Scope.BUCKET, query("policy"), "s3:PutBucketPolicy", configs::putBucketPolicy),
                new Route("PUT", Scope.BUCKET, query("publicAccessBlock"), "s3:PutBucketPublicAccessBlock",
                        configs::putPublicAccessBlock),
                new Route("PUT", Scope.BUCKET, query("website"), "s3:PutBucketWebsite", websites::putBucketWebsite),
                new Route("PUT", Scope.BUCKET, always, NO_BUCKET, (request, none) -> buckets.createBucket(request)),
                new Route("GET", Scope.BUCKET, query("location"), "s3:GetBucketLocation", buckets::getBucketLocation),
                new Route("GET", Scope.BUCKET, query("policy"), "s3:GetBucketPolicy", configs::getBucketPolicy),
                new Route("GET", Scope.BUCKET, query("policyStatus"), "s3:GetBucketPolicyStatus",
                        configs::getBucketPolicyStatus),
                new Route("GET", Scope.BUCKET, query("publicAccessBlock"), "s3:GetBucketPublicAccessBlock",
                        configs::getPublicAccessBlock),
                new Route("GET", Scope.BUCKET, query("website"), "s3:GetBucketWebsite", websites::getBucketWebsite),
                new Route("GET", Scope.BUCKET, query("uploads"), "s3:ListBucketMultipartUploads",
                        multipartLists::listMultipartUploads),
                new Route("GET", Scope.BUCKET, request -> "2".equals(request.query("list-type")), "s3:ListBucket",
                        lists::listObjectsV2),
                new Route("GET", Scope.BUCKET, always, "s3:ListBucket", lists::listObjects),
                new Route("HEAD", Scope.BUCKET, always, "s3:ListBucket", buckets::headBucket),
                new Route("DELETE", Scope.BUCKET, query("policy"), "s3:DeleteBucketPolicy", configs::deleteBucketPolicy),
                // IAM names the permission to delete Block Public Access settings s3:PutBucketPublicAccessBlock.
                new Route("DELETE", Scope.BUCKET, query("publicAccessBlock"), "s3:PutBucketPublicAccessBlock",
                        configs::deletePublicAccessBlock),
                new Route("DELETE", Scope.BUCKET, query("website"), "s3:DeleteBucketWebsite",
                        websites::deleteBucketWebsite),
                new Route("DELETE", Scope.BUCKET, always, "s3:DeleteBucket", buckets::deleteBucket),
                new Route("POST", Scope.BUCKET, query("delete"), PER_KEY, objects::deleteObjects),

                new Route("PUT", Scope.OBJECT, part.and(copy), "s3:PutObject", multipart::uploadPartCopy),
                new Route("PUT", Scope.OBJECT, part, "s3:PutObject", multipart::uploadPart),
                new Route("PUT", Scope.OBJECT, copy, "s3:PutObject", copies::copyObject),
                new Route("PUT", Scope.OBJECT, always, "s3:PutObject", objects::putObject),
                new Route("GET", Scope.OBJECT, query("uploadId"), "s3:ListMultipartUploadParts", multipartLists::listParts),
                new Route("GET", Scope.OBJECT, always, "s3:GetObject", objects::getObject),
                new Route("HEAD", Scope.OBJECT, always, "s3:GetObject", objects::getObject),
                new Route("DELETE", Scope.OBJECT, query("uploadId"), "s3:AbortMultipartUpload",
                        multipart::abortMultipartUpload),
                new Route("DELETE", Scope.OBJECT, always, "s3:DeleteObject", objects::deleteObject),
                new Route("POST", Scope.OBJECT, query("uploads"), "s3:PutObject", multipart::createMultipartUpload),
                new Route("POST", Scope.OBJECT, query("uploadId"), "s3:PutObject", multipart::completeMultipartUpload));
    }

    private static Predicate<S3Request> query(String name) {
        return request -> request.hasQuery(name);
    }

    ObjectOperations objects() {
        return objects;
    }

    /** Runs the first route that matches, once its bucket exists and its permission is granted. */
    CloudResponse dispatch(S3Request request) {
        unimplemented(request);
        Scope named = request.bucket() == null ? Scope.SERVICE : request.key() == null ? Scope.BUCKET : Scope.OBJECT;
        Route route = routes.stream().filter(candidate -> candidate.matches(request, named)).findFirst()
                .orElseThrow(() -> S3Error.methodNotAllowed(request.method(), named.name()));
        if (route.action().equals(NO_BUCKET)) {
            return route.operation().run(request, null);
        }
        Bucket bucket = bucketCatalog.require(request.bucket());
        if (!route.action().equals(PER_KEY)) {
            authorizer.require(request, bucket, route.action(), named == Scope.OBJECT ? request.key() : null);
        }
        return route.operation().run(request, bucket);
    }

    private static void unimplemented(S3Request request) {
        for (String name : request.query().keySet()) {
            if (UNIMPLEMENTED.contains(name)) {
                throw S3Error.notImplemented("the ?" + name + " subresource");
            }
        }
    }
}
