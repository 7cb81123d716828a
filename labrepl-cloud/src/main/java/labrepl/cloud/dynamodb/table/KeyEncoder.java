package labrepl.cloud.dynamodb.table;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import labrepl.cloud.dynamodb.item.Value;

/**
 * Encodes key values into bytes whose unsigned order is DynamoDB's key order: strings and
 * binaries bytewise, numbers numerically. Every encoding is self-delimiting, so a partition
 * key followed by a sort key sorts by partition first, then by sort key.
 */
final class KeyEncoder {

    private static final int NEGATIVE = 0x01;
    private static final int ZERO = 0x02;
    private static final int POSITIVE = 0x03;
    private static final int EXPONENT_BIAS = 0x4000;

    private KeyEncoder() {
    }

    static void encode(Value value, ByteArrayOutputStream out) {
        if (value instanceof Value.S s) {
            escaped(s.value().getBytes(StandardCharsets.UTF_8), out);
        } else if (value instanceof Value.B b) {
            escaped(b.value(), out);
        } else if (value instanceof Value.N n) {
            number(n.decimal(), out);
        } else {
            throw new IllegalArgumentException("Not a key value: " + value);
        }
    }

    /** A string or binary without its terminator: the bytes every value starting with it begins with. */
    static void encodePrefix(Value value, ByteArrayOutputStream out) {
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        encode(value, full);
        byte[] bytes = full.toByteArray();
        out.write(bytes, 0, bytes.length - 2);
    }

    /** Bytes with 0x00 escaped as 0x00 0xFF, ended by 0x00 0x01: a prefix sorts before its extensions. */
    private static void escaped(byte[] bytes, ByteArrayOutputStream out) {
        for (byte b : bytes) {
            out.write(b);
            if (b == 0) {
                out.write(0xFF);
            }
        }
        out.write(0x00);
        out.write(0x01);
    }

    /**
     * Sign, then the decimal exponent, then the digits, each flipped for negatives so larger
     * magnitudes sort first; a terminator that sorts below any digit ends the digits.
     */
    private static void number(BigDecimal value, ByteArrayOutputStream out) {
        BigDecimal n = value.stripTrailingZeros();
        if (n.signum() == 0) {
            out.write(ZERO);
            return;
        }
        boolean negative = n.signum() < 0;
        String digits = n.unscaledValue().abs().toString();
        int exponent = digits.length() - n.scale(); // value = 0.d1d2... x 10^exponent
        int biased = exponent + EXPONENT_BIAS;
        int flip = negative ? 0xFF : 0x00;
        out.write(negative ? NEGATIVE : POSITIVE);
        out.write(((biased >> 8) & 0xFF) ^ flip);
        out.write((biased & 0xFF) ^ flip);
        for (int i = 0; i < digits.length(); i++) {
            out.write((digits.charAt(i) - '0' + 1) ^ flip);
        }
        out.write(flip); // 0x00 ends a positive number, 0xFF a negative one
    }
}
