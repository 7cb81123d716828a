package labrepl.cloud.s3.payload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts the bytes read through it and digests them on the way: always MD5 (S3's ETag),
 * optionally an additional checksum and SHA-256. Read it to the end, then ask for the values.
 */
public final class DigestingInputStream extends FilterInputStream {

    private final MessageDigest md5 = ChecksumAlgorithm.messageDigest("MD5");
    private final MessageDigest sha256;
    private final Map<ChecksumAlgorithm, ChecksumAlgorithm.Digest> checksums = new EnumMap<>(ChecksumAlgorithm.class);
    private long length;

    /**
     * @param algorithms  the additional checksums to compute
     * @param hashPayload whether to compute SHA-256 as well (for signed payloads)
     */
    public DigestingInputStream(InputStream in, Set<ChecksumAlgorithm> algorithms, boolean hashPayload) {
        super(in);
        this.sha256 = hashPayload ? ChecksumAlgorithm.messageDigest("SHA-256") : null;
        algorithms.forEach(algorithm -> checksums.put(algorithm, algorithm.newDigest()));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int len) throws IOException {
        int n = in.read(buffer, offset, len);
        if (n > 0) {
            md5.update(buffer, offset, n);
            if (sha256 != null) {
                sha256.update(buffer, offset, n);
            }
            for (ChecksumAlgorithm.Digest checksum : checksums.values()) {
                checksum.update(buffer, offset, n);
            }
            length += n;
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("Digested bytes are read, never skipped");
    }

    public long length() {
        return length;
    }

    public byte[] md5() {
        return md5.digest();
    }

    public byte[] sha256() {
        return sha256.digest();
    }

    public Set<ChecksumAlgorithm> algorithms() {
        return checksums.keySet();
    }

    /** An additional checksum's value in S3's wire form. */
    public byte[] checksum(ChecksumAlgorithm algorithm) {
        return checksums.get(algorithm).finish();
    }
}
