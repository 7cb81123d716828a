package labrepl.cloud.s3;

/** A well-formed SigV4 Authorization header: the local cloud checks its shape, never its signature. */
final class SignedHeaders {

    static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=test-key/20250101/us-west-2/s3/aws4_request,"
            + " SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature="
            + "0000000000000000000000000000000000000000000000000000000000000000";

    private SignedHeaders() {
    }

    /** Sends a request the local cloud takes as signed by the bucket owner, path-style. */
    static PlainHttp.Response send(int port, String method, String target, byte[] body) throws java.io.IOException {
        return PlainHttp.send(port, method, "127.0.0.1:" + port, target,
                java.util.Map.of("Authorization", AUTHORIZATION, "x-amz-content-sha256", "UNSIGNED-PAYLOAD"), body);
    }
}
