package labrepl.cloud.s3.ops;

import java.util.List;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.payload.ChecksumAlgorithm;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.ObjectMetadata;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.StoredObject;

/** CopyObject: a new object from an existing one, with its metadata copied or replaced. */
public final class CopyOperations {

    private final S3Storage storage;
    private final Authorizer authorizer;
    private final CopySource sources;
    private final ObjectCommitter committer;

    public CopyOperations(S3Storage storage, Authorizer authorizer) {
        this.storage = storage;
        this.authorizer = authorizer;
        this.sources = new CopySource(storage, authorizer);
        this.committer = new ObjectCommitter(storage);
    }

    CopySource sources() {
        return sources;
    }

    public CloudResponse copyObject(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:PutObject", request.key());
        ObjectOperations.checkKey(request.key());
        CopySource.Source source = sources.resolve(request);
        String directive = request.header("x-amz-metadata-directive");
        boolean replace = "REPLACE".equals(directive);
        if (directive != null && !replace && !"COPY".equals(directive)) {
            throw S3Error.invalidArgument("Unknown metadata directive.", "x-amz-metadata-directive", directive);
        }
        boolean ontoItself = source.bucket().equals(bucket.name()) && source.key().equals(request.key());
        if (ontoItself && !replace && request.header("x-amz-storage-class") == null
                && request.header("x-amz-website-redirect-location") == null) {
            throw S3Error.invalidRequest("This copy request is illegal because it is trying to copy an object to"
                    + " itself without changing the object's metadata, storage class, website redirect location or"
                    + " encryption attributes.");
        }
        StoredObject from = source.object();
        if (from.size() > BodyReceiver.MAX_UPLOAD) {
            throw S3Error.invalidRequest("The specified copy source is larger than the maximum allowable size for a"
                    + " copy source: " + BodyReceiver.MAX_UPLOAD);
        }
        ObjectMetadata metadata = replace ? ObjectHeaders.fromRequest(request.headers()) : from.metadata();
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.fromWire(request.header("x-amz-checksum-algorithm"))
                .or(() -> ChecksumAlgorithm.fromWire(from.checksumAlgorithm()))
                .orElse(ChecksumAlgorithm.CRC64NVME);
        CopySource.Copied copied = sources.copy(from, 0, from.size(), algorithm);
        StoredObject object = new StoredObject(copied.length(), ObjectCommitter.etag(copied.md5()),
                request.received().toEpochMilli(), metadata, algorithm.name(), copied.checksum(), "FULL_OBJECT", 0,
                List.of(copied.segment()));
        committer.commit(bucket.name(), request.key(), object, request.headers());
        return CloudResponse.xml(XmlWriter.document("CopyObjectResult")
                        .element("ETag", object.etag())
                        .element("LastModified", HttpDates.iso(object.lastModified()))
                        .element("ChecksumType", "FULL_OBJECT")
                        .element(algorithm.xmlName(), copied.checksum())
                        .toBytes());
    }
}
