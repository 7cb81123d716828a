package labrepl.cloud.s3.ops;

import java.util.List;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.payload.ChecksumAlgorithm;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.Part;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.Upload;

/** ListParts and ListMultipartUploads: what is under way, for clients that resume or clean up uploads. */
public final class MultipartListings {

    private static final int MAX_ITEMS = 1000;

    private final S3Storage storage;
    private final Authorizer authorizer;
    private final String ownerId;

    public MultipartListings(S3Storage storage, Authorizer authorizer, String ownerAccount) {
        this.storage = storage;
        this.authorizer = authorizer;
        this.ownerId = BucketOperations.canonicalId(ownerAccount);
    }

    public CloudResponse listParts(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:ListMultipartUploadParts", request.key());
        Upload upload = MultipartOperations.upload(storage, request);
        int max = limit(request.query("max-parts"), "max-parts");
        int marker = request.query("part-number-marker") == null
                ? 0 : MultipartOperations.partNumber(request.query("part-number-marker"));
        List<Part> after = storage.uploads().parts(upload.uploadId()).stream()
                .filter(part -> part.partNumber() > marker).toList();
        List<Part> page = after.subList(0, Math.min(max, after.size()));
        boolean truncated = page.size() < after.size();
        XmlWriter xml = XmlWriter.document("ListPartsResult")
                .element("Bucket", bucket.name()).element("Key", upload.key()).element("UploadId", upload.uploadId())
                .element("PartNumberMarker", marker)
                .element("NextPartNumberMarker", page.isEmpty() ? marker : page.get(page.size() - 1).partNumber())
                .element("MaxParts", max).element("IsTruncated", truncated);
        for (Part part : page) {
            xml.start("Part").element("PartNumber", part.partNumber())
                    .element("LastModified", HttpDates.iso(part.lastModified()))
                    .element("ETag", part.etag()).element("Size", part.size());
            if (upload.checksumAlgorithm() != null) {
                xml.element(ChecksumAlgorithm.valueOf(upload.checksumAlgorithm()).xmlName(), part.checksum());
            }
            xml.end();
        }
        people(xml);
        xml.element("StorageClass", "STANDARD")
                .element("ChecksumAlgorithm", upload.checksumAlgorithm())
                .element("ChecksumType", upload.checksumAlgorithm() == null ? null : upload.checksumType());
        return CloudResponse.xml(xml.toBytes());
    }

    public CloudResponse listMultipartUploads(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:ListBucketMultipartUploads", null);
        String prefix = request.query().getOrDefault("prefix", "");
        String keyMarker = request.query().getOrDefault("key-marker", "");
        int max = limit(request.query("max-uploads"), "max-uploads");
        List<Upload> matching = storage.uploads().uploads(bucket.name()).stream()
                .filter(upload -> upload.key().startsWith(prefix))
                .filter(upload -> upload.key().compareTo(keyMarker) > 0)
                .toList();
        List<Upload> page = matching.subList(0, Math.min(max, matching.size()));
        boolean truncated = page.size() < matching.size();
        Upload last = page.isEmpty() ? null : page.get(page.size() - 1);
        XmlWriter xml = XmlWriter.document("ListMultipartUploadsResult")
                .element("Bucket", bucket.name()).element("KeyMarker", keyMarker).element("UploadIdMarker", "")
                .element("NextKeyMarker", truncated ? last.key() : null)
                .element("NextUploadIdMarker", truncated ? last.uploadId() : null)
                .element("Prefix", prefix).element("MaxUploads", max).element("IsTruncated", truncated);
        for (Upload upload : page) {
            xml.start("Upload").element("Key", upload.key()).element("UploadId", upload.uploadId());
            people(xml);
            xml.element("StorageClass", "STANDARD").element("Initiated", HttpDates.iso(upload.initiated()))
                    .element("ChecksumAlgorithm", upload.checksumAlgorithm()).end();
        }
        return CloudResponse.xml(xml.toBytes());
    }

    /** Initiator and Owner: always the bucket owner locally. */
    private void people(XmlWriter xml) {
        xml.start("Initiator").element("ID", ownerId).end().start("Owner").element("ID", ownerId).end();
    }

    private static int limit(String value, String name) {
        if (value == null) {
            return MAX_ITEMS;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 0) {
                return Math.min(limit, MAX_ITEMS);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Error.invalidArgument("Provided " + name + " not an integer or within integer range", name, value);
    }
}
