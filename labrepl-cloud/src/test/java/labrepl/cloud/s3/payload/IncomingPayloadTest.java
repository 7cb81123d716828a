package labrepl.cloud.s3.payload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.protocol.S3Error;
import org.junit.jupiter.api.Test;

class IncomingPayloadTest {

    /** CRC32("hello world") = 0x0D4A1185. */
    private static final String HELLO_WORLD_CRC32 = "DUoRhQ==";
    private static final String SIGNATURE = "ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648";

    private static HttpHeaders headers(Map<String, String> values) {
        HttpHeaders headers = new HttpHeaders();
        values.forEach(headers::add);
        return headers;
    }

    private static IncomingPayload.Verified read(String body, Map<String, String> headerValues) throws IOException {
        IncomingPayload payload = IncomingPayload.withDefault(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), headers(headerValues),
                ChecksumAlgorithm.CRC64NVME);
        byte[] decoded = payload.stream().readAllBytes();
        IncomingPayload.Verified verified = payload.verify();
        assertEquals(verified.length(), decoded.length);
        return verified;
    }

    private static byte[] decode(String body, Map<String, String> headerValues) throws IOException {
        IncomingPayload payload = IncomingPayload.of(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), headers(headerValues));
        byte[] decoded = payload.stream().readAllBytes();
        payload.verify();
        return decoded;
    }

    private static S3Error refused(String body, Map<String, String> headerValues) {
        return assertThrows(S3Error.class, () -> read(body, headerValues));
    }

    @Test
    void signedChunksDecodeToTheirData() throws IOException {
        String body = "6;chunk-signature=" + SIGNATURE + "\r\nhello \r\n5;chunk-signature=" + SIGNATURE
                + "\r\nworld\r\n0;chunk-signature=" + SIGNATURE + "\r\n\r\n";
        byte[] decoded = decode(body, Map.of("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
                "Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "11"));
        assertArrayEquals("hello world".getBytes(StandardCharsets.UTF_8), decoded);
    }

    @Test
    void anUnsignedPayloadTrailerChecksumIsValidated() throws IOException {
        Map<String, String> headers = Map.of("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
                "Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "11",
                "x-amz-trailer", "x-amz-checksum-crc32");
        IncomingPayload.Verified verified = read("b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:" + HELLO_WORLD_CRC32
                + "\r\n\r\n", headers);
        assertEquals(ChecksumAlgorithm.CRC32, verified.clientAlgorithm());
        assertEquals(HELLO_WORLD_CRC32, verified.checksum(ChecksumAlgorithm.CRC32));
        S3Error wrong = refused("b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n", headers);
        assertEquals("BadDigest", wrong.code());
        S3Error missing = refused("b\r\nhello world\r\n0\r\n\r\n", headers);
        assertEquals("InvalidRequest", missing.code());
    }

    @Test
    void aSignedTrailerCarriesItsSignatureBesideTheChecksum() throws IOException {
        IncomingPayload.Verified verified = read("b;chunk-signature=" + SIGNATURE + "\r\nhello world\r\n"
                + "0;chunk-signature=" + SIGNATURE + "\r\nx-amz-checksum-crc32:" + HELLO_WORLD_CRC32
                + "\r\nx-amz-trailer-signature:" + SIGNATURE + "\r\n\r\n",
                Map.of("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
                        "Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "11",
                        "x-amz-trailer", "x-amz-checksum-crc32"));
        assertEquals(11, verified.length());
    }

    @Test
    void aTruncatedOrMisframedBodyIsRefused() {
        Map<String, String> headers = Map.of("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
                "x-amz-decoded-content-length", "11");
        assertEquals("IncompleteBody", refused("b\r\nhello", headers).code());
        assertEquals("InvalidRequest", refused("zz\r\nhello world\r\n0\r\n\r\n", headers).code());
        assertEquals("IncompleteBody", refused("5\r\nhello\r\n0\r\n\r\n", headers).code(),
                "fewer bytes than x-amz-decoded-content-length");
    }

    @Test
    void aSignedPayloadHashMustMatchTheBody() {
        S3Error error = refused("hello world", Map.of("x-amz-content-sha256",
                "0000000000000000000000000000000000000000000000000000000000000000", "Content-Length", "11"));
        assertEquals("XAmzContentSHA256Mismatch", error.code());
    }

    @Test
    void withoutAChecksumFromTheClientTheDefaultIsComputed() throws IOException {
        IncomingPayload.Verified verified = read("123456789", Map.of("Content-Length", "9"));
        assertEquals(ChecksumAlgorithm.CRC64NVME, verified.storedAlgorithm());
        assertEquals("rosUhgp5mIg=", verified.checksum(ChecksumAlgorithm.CRC64NVME));
    }

    @Test
    void twoChecksumHeadersOrAMalformedOneAreRefused() {
        assertEquals("InvalidRequest", refused("x", Map.of("Content-Length", "1", "x-amz-checksum-crc32", "AAAAAA==",
                "x-amz-checksum-sha1", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")).code());
        assertEquals("InvalidRequest", refused("x", Map.of("Content-Length", "1", "x-amz-checksum-crc32", "nope"))
                .code());
    }
}
