package labrepl.cloud.s3.protocol;

import labrepl.cloud.http.CloudResponse;

/** The header fields S3 puts on every answer, its website endpoints' included. */
public final class S3Stamp {

    private S3Stamp() {
    }

    public static CloudResponse on(CloudResponse response, String requestId, String hostId) {
        return response.header("x-amz-request-id", requestId)
                .header("x-amz-id-2", hostId)
                .header("Server", "AmazonS3");
    }
}
