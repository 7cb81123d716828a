package labrepl.cloud.s3.payload;

import java.util.zip.Checksum;

/**
 * CRC-64/NVME, the checksum S3 computes for every object uploaded without one since
 * December 2024 and which current SDKs may choose ({@code x-amz-checksum-crc64nvme}).
 * Reflected polynomial 0x9A6C9329AC4BC9B5, initial value and final XOR all ones;
 * computed eight bytes at a time (slicing-by-8).
 */
final class Crc64Nvme implements Checksum {

    private static final long POLY = 0x9A6C9329AC4BC9B5L;
    private static final long[][] TABLES = tables();

    private long crc = -1L;

    @Override
    public void update(int b) {
        crc = TABLES[0][(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }

    @Override
    public void update(byte[] bytes, int offset, int length) {
        long c = crc;
        int i = offset;
        int end = offset + length;
        long[] t0 = TABLES[0];
        long[] t1 = TABLES[1];
        long[] t2 = TABLES[2];
        long[] t3 = TABLES[3];
        long[] t4 = TABLES[4];
        long[] t5 = TABLES[5];
        long[] t6 = TABLES[6];
        long[] t7 = TABLES[7];
        for (; i + 8 <= end; i += 8) {
            long word = (bytes[i] & 0xffL) | (bytes[i + 1] & 0xffL) << 8 | (bytes[i + 2] & 0xffL) << 16
                    | (bytes[i + 3] & 0xffL) << 24 | (bytes[i + 4] & 0xffL) << 32 | (bytes[i + 5] & 0xffL) << 40
                    | (bytes[i + 6] & 0xffL) << 48 | (bytes[i + 7] & 0xffL) << 56;
            c ^= word;
            c = t7[(int) (c & 0xff)] ^ t6[(int) (c >>> 8 & 0xff)] ^ t5[(int) (c >>> 16 & 0xff)]
                    ^ t4[(int) (c >>> 24 & 0xff)] ^ t3[(int) (c >>> 32 & 0xff)] ^ t2[(int) (c >>> 40 & 0xff)]
                    ^ t1[(int) (c >>> 48 & 0xff)] ^ t0[(int) (c >>> 56)];
        }
        for (; i < end; i++) {
            c = t0[(int) ((c ^ bytes[i]) & 0xff)] ^ (c >>> 8);
        }
        crc = c;
    }

    @Override
    public long getValue() {
        return ~crc;
    }

    @Override
    public void reset() {
        crc = -1L;
    }

    private static long[][] tables() {
        long[][] tables = new long[8][256];
        for (int n = 0; n < 256; n++) {
            long c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ POLY : c >>> 1;
            }
            tables[0][n] = c;
        }
        for (int n = 0; n < 256; n++) {
            for (int t = 1; t < 8; t++) {
                long previous = tables[t - 1][n];
                tables[t][n] = tables[0][(int) (previous & 0xff)] ^ (previous >>> 8);
            }
        }
        return tables;
    }
}
