package labrepl.cloud.s3.ops;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.s3.payload.ChecksumAlgorithm;
import labrepl.cloud.s3.payload.CrcCombine;
import labrepl.cloud.s3.payload.IncomingPayload;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.protocol.XmlElement;
import labrepl.cloud.s3.protocol.XmlWriter;
import labrepl.cloud.s3.storage.Bucket;
import labrepl.cloud.s3.storage.Part;
import labrepl.cloud.s3.storage.S3Storage;
import labrepl.cloud.s3.storage.Segment;
import labrepl.cloud.s3.storage.StoredObject;
import labrepl.cloud.s3.storage.Upload;

/**
 * Multipart upload, what {@code aws s3 cp} and the SDKs' transfer managers use for big
 * files: create, upload (or copy) parts, complete or abort. A completed object keeps its
 * parts' blobs as its segments, so completing copies no bytes.
 */
public final class MultipartOperations {

    private static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    private static final int MAX_PART_NUMBER = 10000;
    private static final Pattern COPY_RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    private final S3Storage storage;
    private final Authorizer authorizer;
    private final BodyReceiver receiver;
    private final CopySource sources;
    private final ObjectCommitter committer;

    public MultipartOperations(S3Storage storage, Authorizer authorizer, CopyOperations copies) {
        this.storage = storage;
        this.authorizer = authorizer;
        this.receiver = new BodyReceiver(storage.blobs());
        this.sources = copies.sources();
        this.committer = new ObjectCommitter(storage);
    }

    public CloudResponse createMultipartUpload(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:PutObject", request.key());
        ObjectOperations.checkKey(request.key());
        var metadata = ObjectHeaders.fromRequest(request.headers());
        String algorithmHeader = request.header("x-amz-checksum-algorithm");
        Optional<ChecksumAlgorithm> algorithm = ChecksumAlgorithm.fromWire(algorithmHeader);
        if (algorithmHeader != null && algorithm.isEmpty()) {
            throw S3Error.invalidArgument("Checksum algorithm provided is unsupported.", "x-amz-checksum-algorithm",
                    algorithmHeader);
        }
        String type = checksumType(algorithm.orElse(null), request.header("x-amz-checksum-type"));
        Upload upload = storage.uploads().create(bucket.name(), request.key(), metadata,
                algorithm.map(Enum::name).orElse(null), type, request.received());
        return CloudResponse.xml(XmlWriter.document("InitiateMultipartUploadResult")
                        .element("Bucket", bucket.name()).element("Key", request.key())
                        .element("UploadId", upload.uploadId()).toBytes())
                .header("x-amz-checksum-algorithm", upload.checksumAlgorithm())
                .header("x-amz-checksum-type", upload.checksumAlgorithm() == null ? null : type);
    }

    /** S3's pairs: CRC64NVME is full-object only, SHA-1/SHA-256 composite only, CRC32(C) either (composite by default). */
    private static String checksumType(ChecksumAlgorithm algorithm, String requested) {
        if (requested != null && !requested.equals("COMPOSITE") && !requested.equals("FULL_OBJECT")) {
            throw S3Error.invalidArgument("Value for x-amz-checksum-type header is invalid.", "x-amz-checksum-type",
                    requested);
        }
        if (algorithm == null || algorithm == ChecksumAlgorithm.CRC64NVME) {
            if ("COMPOSITE".equals(requested)) {
                throw S3Error.invalidRequest("The COMPOSITE checksum type cannot be used with the crc64nvme checksum"
                        + " algorithm.");
            }
            return "FULL_OBJECT";
        }
        boolean hash = algorithm == ChecksumAlgorithm.SHA1 || algorithm == ChecksumAlgorithm.SHA256;
        if (hash && "FULL_OBJECT".equals(requested)) {
            throw S3Error.invalidRequest("The FULL_OBJECT checksum type cannot be used with the "
                    + algorithm.name().toLowerCase(Locale.ROOT) + " checksum algorithm.");
        }
        return requested == null ? "COMPOSITE" : requested;
    }

    /** The upload named by {@code uploadId}, which must be for this bucket and key. */
    static Upload upload(S3Storage storage, S3Request request) {
        String uploadId = request.query("uploadId");
        return storage.uploads().find(uploadId)
                .filter(u -> u.bucket().equals(request.bucket()) && u.key().equals(request.key()))
                .orElseThrow(() -> S3Error.noSuchUpload(uploadId));
    }

    /** The algorithm an upload's parts are checked with; CRC64NVME when the upload named none. */
    private static ChecksumAlgorithm partAlgorithm(Upload upload) {
        return upload.checksumAlgorithm() == null
                ? ChecksumAlgorithm.CRC64NVME : ChecksumAlgorithm.valueOf(upload.checksumAlgorithm());
    }

    public CloudResponse uploadPart(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:PutObject", request.key());
        int partNumber = partNumber(request.query("partNumber"));
        Upload upload = upload(storage, request);
        ChecksumAlgorithm algorithm = partAlgorithm(upload);
        BodyReceiver.Received received = receiver.receive(
                IncomingPayload.withRequired(request.body(), request.headers(), algorithm));
        var verified = received.verified();
        ChecksumAlgorithm clientAlgorithm = verified.clientAlgorithm();
        if (upload.checksumAlgorithm() != null && clientAlgorithm != null && clientAlgorithm != algorithm) {
            storage.blobs().delete(List.of(received.segment()));
            throw S3Error.invalidRequest("Checksum Type mismatch occurred, expected checksum Type: "
                    + algorithm.name().toLowerCase(Locale.ROOT) + ", actual checksum Type: "
                    + clientAlgorithm.name().toLowerCase(Locale.ROOT));
        }
        Part part = new Part(partNumber, verified.length(), ObjectCommitter.etag(verified.md5()),
                request.received().toEpochMilli(), verified.checksum(algorithm), received.segment());
        savePart(upload, part);
        CloudResponse response = CloudResponse.ok().header("ETag", part.etag());
        return clientAlgorithm == null ? response
                : response.header(clientAlgorithm.header(), verified.checksum(clientAlgorithm));
    }

    public CloudResponse uploadPartCopy(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:PutObject", request.key());
        int partNumber = partNumber(request.query("partNumber"));
        Upload upload = upload(storage, request);
        CopySource.Source source = sources.resolve(request);
        long size = source.object().size();
        long[] range = copyRange(request.header("x-amz-copy-source-range"), size);
        ChecksumAlgorithm algorithm = partAlgorithm(upload);
        CopySource.Copied copied = sources.copy(source.object(), range[0], range[1] - range[0] + 1, algorithm);
        Part part = new Part(partNumber, copied.length(), ObjectCommitter.etag(copied.md5()),
                request.received().toEpochMilli(), copied.checksum(), copied.segment());
        savePart(upload, part);
        XmlWriter xml = XmlWriter.document("CopyPartResult")
                .element("ETag", part.etag())
                .element("LastModified", HttpDates.iso(part.lastModified()));
        if (upload.checksumAlgorithm() != null) {
            xml.element(algorithm.xmlName(), part.checksum());
        }
        return CloudResponse.xml(xml.toBytes());
    }

    private void savePart(Upload upload, Part part) {
        Optional<Part> replaced;
        synchronized (storage.bucketLock(upload.bucket())) {
            if (storage.uploads().find(upload.uploadId()).isEmpty()) {
                storage.blobs().delete(List.of(part.segment()));
                throw S3Error.noSuchUpload(upload.uploadId());
            }
            replaced = storage.uploads().putPart(upload.uploadId(), part);
        }
        replaced.ifPresent(previous -> storage.blobs().delete(List.of(previous.segment())));
    }

    private static long[] copyRange(String header, long size) {
        if (header == null) {
            return new long[] {0, size - 1};
        }
        Matcher matcher = COPY_RANGE.matcher(header);
        if (!matcher.matches()) {
            throw S3Error.invalidArgument("The x-amz-copy-source-range value must be of the form bytes=first-last"
                    + " where first and last are the zero-based offsets of the first and last bytes to copy",
                    "x-amz-copy-source-range", header);
        }
        long first = Long.parseLong(matcher.group(1));
        long last = Long.parseLong(matcher.group(2));
        if (first > last || last >= size) {
            throw new S3Error(400, "InvalidRange", "The requested range is not satisfiable")
                    .with("RangeRequested", header).with("ActualObjectSize", Long.toString(size));
        }
        return new long[] {first, last};
    }

    static int partNumber(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= MAX_PART_NUMBER) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Error.invalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber",
                value);
    }

    public CloudResponse completeMultipartUpload(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:PutObject", request.key());
        Upload upload = upload(storage, request);
        List<XmlElement> requested = XmlElement.parse(request.document(), "CompleteMultipartUpload").children("Part");
        if (requested.isEmpty()) {
            throw S3Error.malformedXml();
        }
        Map<Integer, Part> uploaded = storage.uploads().parts(upload.uploadId()).stream()
                .collect(Collectors.toMap(Part::partNumber, Function.identity()));
        List<Part> chosen = chooseParts(requested, uploaded, upload);
        StoredObject object = assemble(upload, chosen, request);
        committer.commit(bucket.name(), request.key(), object, request.headers());
        List<Part> all = storage.uploads().remove(upload.uploadId());
        storage.blobs().delete(all.stream().filter(p -> !chosen.contains(p)).map(Part::segment).toList());
        ChecksumAlgorithm algorithm = ChecksumAlgorithm.valueOf(object.checksumAlgorithm());
        return CloudResponse.xml(XmlWriter.document("CompleteMultipartUploadResult")
                .element("Location", "/" + bucket.name() + "/" + request.key())
                .element("Bucket", bucket.name())
                .element("Key", request.key())
                .element("ETag", object.etag())
                .element(algorithm.xmlName(), upload.checksumAlgorithm() == null ? null : object.checksum())
                .element("ChecksumType", upload.checksumAlgorithm() == null ? null : object.checksumType())
                .toBytes());
    }

    private static List<Part> chooseParts(List<XmlElement> requested, Map<Integer, Part> uploaded, Upload upload) {
        List<Part> chosen = new ArrayList<>();
        int previous = 0;
        for (XmlElement element : requested) {
            int number = partNumber(element.childText("PartNumber"));
            if (number <= previous) {
                throw new S3Error(400, "InvalidPartOrder", "The list of parts was not in ascending order. Parts must"
                        + " be ordered by part number.").with("UploadId", upload.uploadId());
            }
            previous = number;
            Part part = uploaded.get(number);
            String etag = element.childText("ETag");
            if (part == null || etag == null
                    || !ObjectResponses.unquote(etag).equals(ObjectResponses.unquote(part.etag()))) {
                throw new S3Error(400, "InvalidPart", "One or more of the specified parts could not be found.  The"
                        + " part may not have been uploaded, or the specified entity tag may not match the part's"
                        + " entity tag.").with("UploadId", upload.uploadId()).with("PartNumber",
                        Integer.toString(number)).with("ETag", etag);
            }
            if (upload.checksumAlgorithm() != null) {
                String given = element.childText(ChecksumAlgorithm.valueOf(upload.checksumAlgorithm()).xmlName());
                if (given != null && !given.equals(part.checksum())) {
                    throw new S3Error(400, "InvalidPart", "One or more of the specified parts could not be found. "
                            + " The part may not have been uploaded, or the specified checksum may not match the"
                            + " part's checksum.").with("UploadId", upload.uploadId())
                            .with("PartNumber", Integer.toString(number));
                }
            }
            chosen.add(part);
        }
        for (int i = 0; i < chosen.size() - 1; i++) {
            Part part = chosen.get(i);
            if (part.size() < MIN_PART_SIZE) {
                throw new S3Error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed"
                        + " object size.").with("ProposedSize", Long.toString(part.size()))
                        .with("MinSizeAllowed", Long.toString(MIN_PART_SIZE))
                        .with("PartNumber", Integer.toString(part.partNumber())).with("ETag", part.etag());
            }
        }
        return chosen;
    }

    /** The finished object: its ETag is the MD5 of the parts' MD5s and {@code -N}; its checksum per the upload's type. */
    private static StoredObject assemble(Upload upload, List<Part> parts, S3Request request) {
        MessageDigest md5s = ChecksumAlgorithm.messageDigest("MD5");
        long size = 0;
        for (Part part : parts) {
            md5s.update(HexFormat.of().parseHex(ObjectResponses.unquote(part.etag())));
            size += part.size();
        }
        String etag = "\"" + HexFormat.of().formatHex(md5s.digest()) + "-" + parts.size() + "\"";
        ChecksumAlgorithm algorithm = partAlgorithm(upload);
        String checksum;
        if ("COMPOSITE".equals(upload.checksumType())) {
            ChecksumAlgorithm.Digest digest = algorithm.newDigest();
            for (Part part : parts) {
                byte[] value = Base64.getDecoder().decode(part.checksum());
                digest.update(value, 0, value.length);
            }
            checksum = Base64.getEncoder().encodeToString(digest.finish()) + "-" + parts.size();
        } else {
            checksum = CrcCombine.combine(algorithm,
                    parts.stream().map(p -> new CrcCombine.Piece(p.checksum(), p.size())).toList());
            String expected = request.header(algorithm.header());
            if (expected != null && !expected.strip().equals(checksum)) {
                throw S3Error.badDigest(algorithm.name());
            }
        }
        List<Segment> segments = parts.stream().map(Part::segment).toList();
        return new StoredObject(size, etag, request.received().toEpochMilli(), upload.metadata(), algorithm.name(),
                checksum, upload.checksumType(), parts.size(), segments);
    }

    public CloudResponse abortMultipartUpload(S3Request request) {
        Bucket bucket = storage.buckets().require(request.bucket());
        authorizer.require(request, bucket, "s3:AbortMultipartUpload", request.key());
        Upload upload = upload(storage, request);
        List<Part> parts = storage.uploads().remove(upload.uploadId());
        storage.blobs().delete(parts.stream().map(Part::segment).toList());
        return CloudResponse.noContent();
    }
}
