package labrepl.cloud.s3;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import labrepl.cloud.LocalCloud;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;

/**
 * Run in its own JVM with a small heap by {@link StreamingUploadTest}: starts a local cloud,
 * uploads a generated body far larger than the heap through the SDK (aws-chunked with a
 * trailing checksum), reads it back and checks its MD5. It can only pass if bodies stream.
 * Prints {@code ok <peak heap MiB>} and exits 0 on success.
 */
public final class StreamingUploadProbe {

    private StreamingUploadProbe() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        try (LocalCloud cloud = LocalCloud.builder().port(0).region("us-west-2").inMemory().start();
             S3Client s3 = S3Client.builder().endpointOverride(URI.create(cloud.endpoint().toString()))
                     .region(Region.US_WEST_2).forcePathStyle(true)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                     .build()) {
            s3.createBucket(b -> b.bucket("big-uploads").createBucketConfiguration(
                    c -> c.locationConstraint(BucketLocationConstraint.US_WEST_2)));
            String etag = s3.putObject(b -> b.bucket("big-uploads").key("big.bin"),
                    RequestBody.fromContentProvider(() -> new GeneratedStream(size), size, "application/octet-stream"))
                    .eTag();
            String expected = "\"" + md5(new GeneratedStream(size)) + "\"";
            if (!expected.equals(etag)) {
                throw new AssertionError("ETag " + etag + " is not the body's MD5 " + expected);
            }
            String read;
            try (InputStream body = s3.getObject(b -> b.bucket("big-uploads").key("big.bin"))) {
                read = "\"" + md5(body) + "\"";
            }
            if (!expected.equals(read)) {
                throw new AssertionError("Read back " + read + ", expected " + expected);
            }
        }
        System.out.println("ok " + peakHeapMiB());
    }

    private static String md5(InputStream in) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            md5.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** {@code size} pseudo-random bytes made on the fly, the same every time. */
    private static final class GeneratedStream extends InputStream {
        private long remaining;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                buffer[offset + i] = (byte) state;
            }
            remaining -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            remaining = 0;
        }
    }
}
