package labrepl.cloud.s3.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import labrepl.cloud.s3.payload.IncomingPayload;
import labrepl.cloud.s3.protocol.S3Error;
import labrepl.cloud.s3.storage.BlobStore;
import labrepl.cloud.s3.storage.Segment;

/** Streams an upload's body into a new blob and verifies it; a body that fails is deleted again. */
final class BodyReceiver {

    /** S3's largest single PUT (and UploadPart): 5 GiB. */
    static final long MAX_UPLOAD = 5L * 1024 * 1024 * 1024;

    private final BlobStore blobs;

    BodyReceiver(BlobStore blobs) {
        this.blobs = blobs;
    }

    record Received(Segment segment, IncomingPayload.Verified verified) {
    }

    Received receive(IncomingPayload payload) {
        long declared = payload.declaredLength().orElseThrow(() ->
                new S3Error(411, "MissingContentLength", "You must provide the Content-Length HTTP header."));
        if (declared > MAX_UPLOAD) {
            throw new S3Error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size")
                    .with("ProposedSize", Long.toString(declared)).with("MaxSizeAllowed", Long.toString(MAX_UPLOAD));
        }
        Segment segment;
        try {
            segment = blobs.write(payload.stream());
        } catch (IOException e) {
            throw new UncheckedIOException("The upload's body could not be stored", e);
        }
        try {
            return new Received(segment, payload.verify());
        } catch (RuntimeException refused) {
            blobs.delete(List.of(segment));
            throw refused;
        }
    }
}
