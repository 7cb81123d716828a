package labrepl.cloud.s3.payload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrcCombineTest {

    private static String checksum(ChecksumAlgorithm algorithm, byte[] bytes, int from, int to) {
        ChecksumAlgorithm.Digest digest = algorithm.newDigest();
        digest.update(bytes, from, to - from);
        return Base64.getEncoder().encodeToString(digest.finish());
    }

    @Test
    void combiningPartCrcsGivesTheCrcOfTheWholeForEachCrcAlgorithm() {
        byte[] bytes = new byte[100_003];
        new Random(7).nextBytes(bytes);
        int[] cuts = {0, 1, 40_000, 40_001, 100_003};
        for (ChecksumAlgorithm algorithm : List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32C,
                ChecksumAlgorithm.CRC64NVME)) {
            List<CrcCombine.Piece> pieces = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < cuts.length; i++) {
                pieces.add(new CrcCombine.Piece(checksum(algorithm, bytes, cuts[i], cuts[i + 1]), cuts[i + 1] - cuts[i]));
            }
            assertEquals(checksum(algorithm, bytes, 0, bytes.length), CrcCombine.combine(algorithm, pieces),
                    algorithm.name());
        }
    }

    @Test
    void crc64nvmeHasTheCatalogueCheckValue() {
        byte[] check = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals("rosUhgp5mIg=", checksum(ChecksumAlgorithm.CRC64NVME, check, 0, check.length));
    }
}
