package labrepl.cloud.s3.payload;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/** The additional checksums S3 accepts and returns ({@code x-amz-checksum-*}), each base64 on the wire. */
public enum ChecksumAlgorithm {
    CRC32("crc32", "ChecksumCRC32", () -> crc(new CRC32(), 4)),
    CRC32C("crc32c", "ChecksumCRC32C", () -> crc(new CRC32C(), 4)),
    CRC64NVME("crc64nvme", "ChecksumCRC64NVME", () -> crc(new Crc64Nvme(), 8)),
    SHA1("sha1", "ChecksumSHA1", () -> hash("SHA-1")),
    SHA256("sha256", "ChecksumSHA256", () -> hash("SHA-256"));

    private final String wireName;
    private final String xmlName;
    private final Supplier<Digest> digests;

    ChecksumAlgorithm(String wireName, String xmlName, Supplier<Digest> digests) {
        this.wireName = wireName;
        this.xmlName = xmlName;
        this.digests = digests;
    }

    /** The header that carries this checksum, e.g. {@code x-amz-checksum-crc32}. */
    public String header() {
        return "x-amz-checksum-" + wireName;
    }

    /** The XML element that carries it, e.g. {@code ChecksumCRC32}. */
    public String xmlName() {
        return xmlName;
    }

    /** Reads {@code CRC32}, {@code crc32c}, … as S3 does, regardless of case. */
    public static Optional<ChecksumAlgorithm> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ChecksumAlgorithm algorithm : values()) {
            if (algorithm.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** The algorithm a header name such as {@code x-amz-checksum-sha256} names. */
    public static Optional<ChecksumAlgorithm> fromHeader(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        for (ChecksumAlgorithm algorithm : values()) {
            if (algorithm.header().equals(lower)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    public Digest newDigest() {
        return digests.get();
    }

    /** A running checksum or hash over bytes as they stream by. */
    public interface Digest {
        void update(byte[] bytes, int offset, int length);

        /** The value in S3's wire form: big-endian bytes for CRCs, the digest for hashes. */
        byte[] finish();
    }

    private static Digest crc(Checksum checksum, int bytes) {
        return new Digest() {
            @Override
            public void update(byte[] data, int offset, int length) {
                checksum.update(data, offset, length);
            }

            @Override
            public byte[] finish() {
                byte[] wide = ByteBuffer.allocate(8).putLong(checksum.getValue()).array();
                byte[] value = new byte[bytes];
                System.arraycopy(wide, 8 - bytes, value, 0, bytes);
                return value;
            }
        };
    }

    static Digest hash(String algorithm) {
        MessageDigest digest = messageDigest(algorithm);
        return new Digest() {
            @Override
            public void update(byte[] data, int offset, int length) {
                digest.update(data, offset, length);
            }

            @Override
            public byte[] finish() {
                return digest.digest();
            }
        };
    }

    public static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + algorithm, e);
        }
    }
}
