package labrepl.cloud.s3.payload;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;

/**
 * The CRC of two concatenated pieces from the CRCs of each and the second's length, as
 * zlib's crc32_combine does, for any reflected CRC up to 64 bits. S3 uses it for the
 * full-object checksum of a multipart upload without reading the parts again.
 */
public final class CrcCombine {

    private CrcCombine() {
    }

    /** A piece's CRC (base64, S3's wire form) and its length in bytes. */
    public record Piece(String checksum, long length) {
    }

    /** The full-object CRC (base64) of the pieces in order; {@code algorithm} must be a CRC. */
    public static String combine(ChecksumAlgorithm algorithm, List<Piece> pieces) {
        int width;
        long poly;
        switch (algorithm) {
            case CRC32 -> {
                width = 32;
                poly = 0xEDB88320L;
            }
            case CRC32C -> {
                width = 32;
                poly = 0x82F63B78L;
            }
            case CRC64NVME -> {
                width = 64;
                poly = 0x9A6C9329AC4BC9B5L;
            }
            default -> throw new IllegalArgumentException(algorithm + " is not a CRC");
        }
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("A multipart upload has at least one part");
        }
        long crc = decode(pieces.get(0).checksum(), width);
        for (Piece piece : pieces.subList(1, pieces.size())) {
            crc = combine(crc, decode(piece.checksum(), width), piece.length(), poly, width);
        }
        return encode(crc, width);
    }

    private static long combine(long crc1, long crc2, long length2, long poly, int width) {
        if (length2 == 0) {
            return crc1;
        }
        long[] odd = new long[width];
        long[] even = new long[width];
        odd[0] = poly; // the operator for one zero bit
        long row = 1;
        for (int n = 1; n < width; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd, width); // two zero bits
        square(odd, even, width); // four zero bits
        long len = length2;
        do {
            square(even, odd, width);
            if ((len & 1) != 0) {
                crc1 = times(even, crc1);
            }
            len >>>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even, width);
            if ((len & 1) != 0) {
                crc1 = times(odd, crc1);
            }
            len >>>= 1;
        } while (len != 0);
        return crc1 ^ crc2;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        int i = 0;
        while (vector != 0) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
            vector >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix, int width) {
        for (int n = 0; n < width; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }

    private static long decode(String base64, int width) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        long value = 0;
        for (byte b : bytes) {
            value = value << 8 | (b & 0xff);
        }
        return width == 64 ? value : value & 0xffffffffL;
    }

    private static String encode(long value, int width) {
        byte[] wide = ByteBuffer.allocate(8).putLong(value).array();
        byte[] bytes = new byte[width / 8];
        System.arraycopy(wide, 8 - bytes.length, bytes, 0, bytes.length);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
