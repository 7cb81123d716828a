package labrepl.cloud.s3;

import java.util.Set;
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
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.website.WebsiteConfigOperations;

/** Picks the S3 operation a REST request names, from its method, bucket, key and subresource. */
final class RestOperations {

    /** Subresources S3 has that the local cloud does not implement: answered 501, never mistaken for another call. */
    private static final Set<String> UNIMPLEMENTED = Set.of("acl", "accelerate", "analytics", "cors", "encryption",
            "intelligent-tiering", "inventory", "lifecycle", "logging", "metrics", "notification", "object-lock",
            "ownershipControls", "replication", "requestPayment", "tagging", "versioning", "versions", "attributes",
            "legal-hold", "retention", "torrent", "restore", "select", "metadataTable", "renameObject");

    private final BucketOperations buckets;
    private final BucketConfigOperations configs;
    private final WebsiteConfigOperations websites;
    private final ObjectOperations objects;
    private final CopyOperations copies;
    private final ListOperations lists;
    private final MultipartOperations multipart;
    private final MultipartListings multipartLists;

    RestOperations(CloudIdentity identity, S3Storage storage, Authorizer authorizer) {
        this.buckets = new BucketOperations(identity, storage, authorizer);
        BucketDocuments documents = new BucketDocuments(storage.buckets(), authorizer);
        this.configs = new BucketConfigOperations(documents);
        this.websites = new WebsiteConfigOperations(documents);
        this.objects = new ObjectOperations(storage, authorizer);
        this.copies = new CopyOperations(storage, authorizer);
        this.lists = new ListOperations(storage, authorizer, identity.accountId());
        this.multipart = new MultipartOperations(storage, authorizer, copies);
        this.multipartLists = new MultipartListings(storage, authorizer, identity.accountId());
    }

    ObjectOperations objects() {
        return objects;
    }

    CloudResponse dispatch(S3Request request) {
        unimplemented(request);
        if (request.bucket() == null) {
            if (request.method().equals("GET")) {
                return buckets.listBuckets(request);
            }
            throw S3Error.methodNotAllowed(request.method(), "SERVICE");
        }
        return request.key() == null ? bucketOperation(request) : objectOperation(request);
    }

    private static void unimplemented(S3Request request) {
        for (String name : request.query().keySet()) {
            if (UNIMPLEMENTED.contains(name)) {
                throw S3Error.notImplemented("the ?" + name + " subresource");
            }
        }
    }

    private CloudResponse bucketOperation(S3Request request) {
        return switch (request.method()) {
            case "PUT" -> {
                if (request.hasQuery("policy")) {
                    yield configs.putBucketPolicy(request);
                } else if (request.hasQuery("publicAccessBlock")) {
                    yield configs.putPublicAccessBlock(request);
                } else if (request.hasQuery("website")) {
                    yield websites.putBucketWebsite(request);
                }
                yield buckets.createBucket(request);
            }
            case "GET" -> {
                if (request.hasQuery("location")) {
                    yield buckets.getBucketLocation(request);
                } else if (request.hasQuery("policy")) {
                    yield configs.getBucketPolicy(request);
                } else if (request.hasQuery("policyStatus")) {
                    yield configs.getBucketPolicyStatus(request);
                } else if (request.hasQuery("publicAccessBlock")) {
                    yield configs.getPublicAccessBlock(request);
                } else if (request.hasQuery("website")) {
                    yield websites.getBucketWebsite(request);
                } else if (request.hasQuery("uploads")) {
                    yield multipartLists.listMultipartUploads(request);
                } else if ("2".equals(request.query("list-type"))) {
                    yield lists.listObjectsV2(request);
                }
                yield lists.listObjects(request);
            }
            case "HEAD" -> buckets.headBucket(request);
            case "DELETE" -> {
                if (request.hasQuery("policy")) {
                    yield configs.deleteBucketPolicy(request);
                } else if (request.hasQuery("publicAccessBlock")) {
                    yield configs.deletePublicAccessBlock(request);
                } else if (request.hasQuery("website")) {
                    yield websites.deleteBucketWebsite(request);
                }
                yield buckets.deleteBucket(request);
            }
            case "POST" -> {
                if (request.hasQuery("delete")) {
                    yield objects.deleteObjects(request);
                }
                throw S3Error.methodNotAllowed("POST", "BUCKET");
            }
            default -> throw S3Error.methodNotAllowed(request.method(), "BUCKET");
        };
    }

    private CloudResponse objectOperation(S3Request request) {
        boolean copy = request.header("x-amz-copy-source") != null;
        return switch (request.method()) {
            case "PUT" -> {
                if (request.hasQuery("uploadId") && request.hasQuery("partNumber")) {
                    yield copy ? multipart.uploadPartCopy(request) : multipart.uploadPart(request);
                }
                yield copy ? copies.copyObject(request) : objects.putObject(request);
            }
            case "GET", "HEAD" -> request.hasQuery("uploadId") && request.method().equals("GET")
                    ? multipartLists.listParts(request) : objects.getObject(request);
            case "DELETE" -> request.hasQuery("uploadId")
                    ? multipart.abortMultipartUpload(request) : objects.deleteObject(request);
            case "POST" -> {
                if (request.hasQuery("uploads")) {
                    yield multipart.createMultipartUpload(request);
                } else if (request.hasQuery("uploadId")) {
                    yield multipart.completeMultipartUpload(request);
                }
                throw S3Error.methodNotAllowed("POST", "OBJECT");
            }
            default -> throw S3Error.methodNotAllowed(request.method(), "OBJECT");
        };
    }
}
