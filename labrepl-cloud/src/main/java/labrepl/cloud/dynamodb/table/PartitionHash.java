package labrepl.cloud.dynamodb.table;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import labrepl.cloud.dynamodb.item.Value;

/**
 * DynamoDB's hash of key values, which decides the order a Scan returns items in and which
 * parallel-scan segment holds them: the MD5 of the text "Outliers" followed by each value's bytes
 * (a string's UTF-8, a binary's bytes, a number in DynamoDB's own serialised form), of which the
 * first three bytes are kept. Observed from DynamoDB's scan order by the reference suite.
 */
final class PartitionHash {

    static final int LENGTH = 3;
    private static final byte[] SALT = "Outliers".getBytes(StandardCharsets.US_ASCII);
    /** One digest per thread, one hash at a time: looking MD5 up anew for each key cost more than hashing it. */
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has MD5", e);
        }
    });

    private PartitionHash() {
    }

    static byte[] of(List<Value> values) {
        MessageDigest md5 = MD5.get();
        md5.reset(); // in case a value's bytes failed half-way through the last hash on this thread
        md5.update(SALT);
        for (Value value : values) {
            md5.update(bytes(value));
        }
        return Arrays.copyOf(md5.digest(), LENGTH);
    }

    private static byte[] bytes(Value value) {
        if (value instanceof Value.S s) {
            return s.value().getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof Value.B b) {
            return b.value();
        }
        return number(((Value.N) value).decimal());
    }

    /**
     * A number as DynamoDB serialises it: a byte for the exponent (counted in pairs of digits,
     * offset by 64, inverted for negatives), then the digits two to a byte (each pair plus one, or
     * 101 minus the pair for negatives), and for a short negative a closing 102.
     */
    static byte[] number(BigDecimal number) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.signum() == 0) {
            return new byte[] {(byte) 0x80};
        }
        boolean negative = n.signum() < 0;
        String digits = n.unscaledValue().abs().toString();
        int exponent = digits.length() - n.scale(); // digits before the decimal point
        int padded = Math.floorMod(exponent, 2);
        String paired = (padded == 1 ? "0" : "") + digits;
        int length = (paired.length() + 1) / 2;
        boolean closing = length < 20 && negative;
        byte[] bytes = new byte[length + 1 + (closing ? 1 : 0)];
        int exponentByte = Math.floorDiv(exponent + padded, 2) - 64;
        bytes[0] = (byte) (negative ? ~exponentByte : exponentByte);
        for (int i = 0; i < length; i++) {
            int high = paired.charAt(2 * i) - '0';
            int low = 2 * i + 1 < paired.length() ? paired.charAt(2 * i + 1) - '0' : 0;
            int pair = high * 10 + low;
            bytes[i + 1] = (byte) (negative ? 101 - pair : pair + 1);
        }
        if (closing) {
            bytes[length + 1] = 102;
        }
        return bytes;
    }
}
