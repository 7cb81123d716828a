package labrepl.cloud.s3;

import static labrepl.cloud.s3.TestBuckets.newBucket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import labrepl.cloud.CapturedLog;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.http.HttpListener;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Uploads as the connection carries them: large ones, refused ones, and ones the client abandons. */
@WithLocalCloud
class UploadConnectionTest {

    @ClassCloud
    static S3Client s3;
    @ClassCloud
    static LocalCloud cloud;

    @Test
    void twentyMegabytesGoUpAndComeBackWhole() {
        String bucket = newBucket(s3);
        byte[] body = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(body);

        s3.putObject(b -> b.bucket(bucket).key("large.bin"), RequestBody.fromBytes(body));

        assertEquals(body.length, s3.headObject(b -> b.bucket(bucket).key("large.bin")).contentLength());
        assertArrayEquals(body, s3.getObjectAsBytes(b -> b.bucket(bucket).key("large.bin")).asByteArray());
    }

    /** As S3 does: a client that waits for 100 Continue learns that the bucket is missing before it uploads. */
    @Test
    void aPutToAMissingBucketIsRefusedBeforeTheClientSendsTheBody() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", cloud.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("PUT /no-such-bucket-here/key HTTP/1.1\r\nHost: 127.0.0.1:" + cloud.port()
                    + "\r\nAuthorization: " + SignedHeaders.AUTHORIZATION + "\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD"
                    + "\r\nContent-Length: 20000000\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 404 Not Found\r\n"), answer);
            assertTrue(answer.contains("<Code>NoSuchBucket</Code>"), answer);
        }
    }

    @Test
    void aClientThatGoesAwayInTheMiddleOfAnUploadLeavesNoObjectAndNoError() throws Exception {
        String bucket = newBucket(s3);
        try (CapturedLog log = CapturedLog.of(HttpListener.class)) {
            try (Socket socket = new Socket("127.0.0.1", cloud.port())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("PUT /" + bucket + "/half HTTP/1.1\r\nHost: 127.0.0.1:" + cloud.port() + "\r\nAuthorization: "
                        + SignedHeaders.AUTHORIZATION + "\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD\r\n"
                        + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(new byte[1000]);
                socket.shutdownOutput();
                assertEquals("", new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                        "nobody is left to answer");
            }
            assertThrows(NoSuchKeyException.class, () -> s3.getObject(b -> b.bucket(bucket).key("half")).close());
            assertEquals(List.of(), log.warnings());
        }
    }
}
