package labrepl.cloud.s3.ops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.payload.ChecksumAlgorithm;
import labrepl.cloud.s3.payload.IncomingPayload;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlElement;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.StoredObject;

/** PutObject, GetObject, HeadObject, DeleteObject and DeleteObjects. */
public final class ObjectOperations {

    private static final int MAX_KEY_BYTES = 1024;
    private static final int MAX_DELETE_KEYS = 1000;

    private final S3Storage storage;
    private final Authorizer authorizer;
    private final ObjectResponses responses;
    private final BodyReceiver receiver;
    private final ObjectCommitter committer;

    public ObjectOperations(S3Storage storage, Authorizer authorizer) {
        this.storage = storage;
        this.authorizer = authorizer;
        this.responses = new ObjectResponses(storage.blobs());
        this.receiver = new BodyReceiver(storage.blobs());
        this.committer = new ObjectCommitter(storage);
    }

    public ObjectResponses responses() {
        return responses;
    }

    /** @throws S3Error KeyTooLongError for keys over S3's 1,024 bytes */
    static void checkKey(String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new S3Error(400, "KeyTooLongError", "Your key is too long")
                    .with("Size", Integer.toString(key.getBytes(StandardCharsets.UTF_8).length))
                    .with("MaxSizeAllowed", Integer.toString(MAX_KEY_BYTES));
        }
    }

    public CloudResponse putObject(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:PutObject", request.key());
        checkKey(request.key());
        var metadata = ObjectHeaders.fromRequest(request.headers());
        // S3 computes a CRC64NVME for every object uploaded without a checksum of its own.
        BodyReceiver.Received received = receiver.receive(
                IncomingPayload.withDefault(request.body(), request.headers(), ChecksumAlgorithm.CRC64NVME));
        var verified = received.verified();
        ChecksumAlgorithm algorithm = verified.storedAlgorithm();
        StoredObject object = new StoredObject(verified.length(), ObjectCommitter.etag(verified.md5()),
                request.received().toEpochMilli(), metadata, algorithm.name(), verified.checksum(algorithm),
                "FULL_OBJECT", 0, List.of(received.segment()));
        committer.commit(bucket.name(), request.key(), object, request.headers());
        return CloudResponse.ok().header("ETag", object.etag())
                .header(algorithm.header(), object.checksum())
                .header("x-amz-checksum-type", "FULL_OBJECT");
    }

    public CloudResponse getObject(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:GetObject", request.key());
        StoredObject object = storage.objects().get(bucket.name(), request.key())
                .orElseThrow(() -> missingKey(request, bucket));
        boolean overrides = request.query().keySet().stream().anyMatch(ObjectResponses.OVERRIDES::containsKey);
        if (overrides && request.principal().isAnonymous()) {
            throw S3Error.invalidRequest("Request specific response headers cannot be used for anonymous GET requests.");
        }
        CloudResponse response = responses.read(object, new ObjectResponses.ReadOptions(request.headers(),
                request.query("partNumber"), "ENABLED".equalsIgnoreCase(request.header("x-amz-checksum-mode"))));
        for (Map.Entry<String, String> override : ObjectResponses.OVERRIDES.entrySet()) {
            response.header(override.getValue(), request.query(override.getKey()));
        }
        return response;
    }

    /**
     * A missing key is NoSuchKey for a requester allowed to list the bucket, and AccessDenied
     * for anyone else, so that a policy granting only GetObject does not reveal which keys exist.
     */
    S3Error missingKey(S3Request request, Bucket bucket) {
        if (authorizer.allows(request, bucket, "s3:ListBucket", null)) {
            return S3Error.noSuchKey(request.key());
        }
        return S3Error.accessDenied();
    }

    public CloudResponse deleteObject(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:DeleteObject", request.key());
        delete(bucket.name(), request.key());
        return CloudResponse.noContent();
    }

    private void delete(String bucket, String key) {
        Optional<StoredObject> removed = storage.objects().remove(bucket, key);
        removed.ifPresent(object -> storage.blobs().delete(object.segments()));
    }

    public CloudResponse deleteObjects(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        XmlElement delete = XmlElement.parse(request.document(), "Delete");
        boolean quiet = "true".equalsIgnoreCase(delete.childText("Quiet"));
        List<XmlElement> objects = delete.children("Object");
        if (objects.isEmpty() || objects.size() > MAX_DELETE_KEYS) {
            throw S3Error.malformedXml();
        }
        List<String> keys = new ArrayList<>();
        for (XmlElement object : objects) {
            String key = object.childText("Key");
            if (key == null) {
                throw S3Error.malformedXml();
            }
            keys.add(key);
        }
        XmlWriter xml = XmlWriter.document("DeleteResult");
        for (String key : keys) {
            if (!authorizer.allows(request, bucket, "s3:DeleteObject", key)) {
                xml.start("Error").element("Key", key).element("Code", "AccessDenied")
                        .element("Message", "Access Denied").end();
                continue;
            }
            delete(bucket.name(), key);
            if (!quiet) {
                xml.start("Deleted").element("Key", key).end();
            }
        }
        return CloudResponse.xml(xml.toBytes());
    }
}
