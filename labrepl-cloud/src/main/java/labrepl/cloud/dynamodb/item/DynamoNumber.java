package labrepl.cloud.dynamodb.item;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * DynamoDB's number rules: up to 38 significant digits, magnitude between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125, stored normalised (no leading zeros, no
 * trailing fractional zeros, no exponent, {@code -0} is {@code 0}). Numbers are decimal
 * text from end to end; they never pass through {@code double}.
 */
public final class DynamoNumber {

    public static final int MAX_DIGITS = 38;
    private static final BigDecimal LARGEST = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
    private static final int LARGEST_EXPONENT = 125;
    private static final int SMALLEST_EXPONENT = -130;
    /** ASCII digits only: BigDecimal alone would also take other scripts' digits. */
    private static final Pattern SYNTAX = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private DynamoNumber() {
    }

    /** The normalised text of a number given as text, or DynamoDB's ValidationException. */
    public static String normalise(String text) {
        return format(check(parse(text)));
    }

    public static BigDecimal parse(String text) {
        if (text.isEmpty()) {
            throw DynamoDbError.validation("The parameter cannot be converted to a numeric value");
        }
        if (!SYNTAX.matcher(text).matches()) {
            throw DynamoDbError.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException exponentOutOfRange) {
            throw DynamoDbError.validation("The parameter cannot be converted to a numeric value: " + text);
        }
    }

    /** Checks a value computed here (ADD, SET a + b) against the same limits as a stored one. */
    public static BigDecimal check(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            checkZeroExponent(value);
            return BigDecimal.ZERO;
        }
        if (stripped.precision() > MAX_DIGITS) {
            throw DynamoDbError.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(LARGEST) > 0) {
            throw overflow();
        }
        if (magnitude.compareTo(SMALLEST) < 0) {
            throw underflow();
        }
        return stripped;
    }

    /**
     * DynamoDB judges a zero's magnitude by its written exponent: {@code 0e126} overflows and
     * {@code 0e-131} underflows, while {@code 0.0e126} (exponent 125) is accepted.
     */
    private static void checkZeroExponent(BigDecimal zero) {
        long exponent = (long) zero.precision() - zero.scale() - 1;
        if (exponent > LARGEST_EXPONENT) {
            throw overflow();
        }
        if (exponent < SMALLEST_EXPONENT) {
            throw underflow();
        }
    }

    private static DynamoDbError overflow() {
        return DynamoDbError.validation(
                "Number overflow. Attempting to store a number with magnitude larger than supported range");
    }

    private static DynamoDbError underflow() {
        return DynamoDbError.validation(
                "Number underflow. Attempting to store a number with magnitude smaller than supported range");
    }

    public static String format(BigDecimal checked) {
        return checked.signum() == 0 ? "0" : checked.toPlainString();
    }
}
