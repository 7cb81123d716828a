package labrepl.cloud.s3.policy;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.IntPredicate;

/** IAM's condition operators: how one request value compares with one policy value. */
enum ConditionOperator {
    STRING_EQUALS("StringEquals", false, (value, wanted) -> value.equals(wanted)),
    STRING_NOT_EQUALS("StringNotEquals", true, (value, wanted) -> value.equals(wanted)),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, (value, wanted) -> value.equalsIgnoreCase(wanted)),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, (value, wanted) -> value.equalsIgnoreCase(wanted)),
    STRING_LIKE("StringLike", false, (value, wanted) -> Wildcard.matches(wanted, value, false)),
    STRING_NOT_LIKE("StringNotLike", true, (value, wanted) -> Wildcard.matches(wanted, value, false)),
    NUMERIC_EQUALS("NumericEquals", false, (value, wanted) -> numbers(value, wanted, c -> c == 0)),
    NUMERIC_NOT_EQUALS("NumericNotEquals", true, (value, wanted) -> numbers(value, wanted, c -> c == 0)),
    NUMERIC_LESS_THAN("NumericLessThan", false, (value, wanted) -> numbers(value, wanted, c -> c < 0)),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false, (value, wanted) -> numbers(value, wanted, c -> c <= 0)),
    NUMERIC_GREATER_THAN("NumericGreaterThan", false, (value, wanted) -> numbers(value, wanted, c -> c > 0)),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", false,
            (value, wanted) -> numbers(value, wanted, c -> c >= 0)),
    DATE_EQUALS("DateEquals", false, (value, wanted) -> dates(value, wanted, c -> c == 0)),
    DATE_NOT_EQUALS("DateNotEquals", true, (value, wanted) -> dates(value, wanted, c -> c == 0)),
    DATE_LESS_THAN("DateLessThan", false, (value, wanted) -> dates(value, wanted, c -> c < 0)),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", false, (value, wanted) -> dates(value, wanted, c -> c <= 0)),
    DATE_GREATER_THAN("DateGreaterThan", false, (value, wanted) -> dates(value, wanted, c -> c > 0)),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false, (value, wanted) -> dates(value, wanted, c -> c >= 0)),
    BOOL("Bool", false, (value, wanted) -> value.equalsIgnoreCase(wanted)),
    BINARY_EQUALS("BinaryEquals", false, (value, wanted) -> value.equals(wanted)),
    IP_ADDRESS("IpAddress", false, (value, wanted) -> inRange(value, wanted)),
    NOT_IP_ADDRESS("NotIpAddress", true, (value, wanted) -> inRange(value, wanted)),
    ARN_EQUALS("ArnEquals", false, (value, wanted) -> Wildcard.matches(wanted, value, false)),
    ARN_LIKE("ArnLike", false, (value, wanted) -> Wildcard.matches(wanted, value, false)),
    ARN_NOT_EQUALS("ArnNotEquals", true, (value, wanted) -> Wildcard.matches(wanted, value, false)),
    ARN_NOT_LIKE("ArnNotLike", true, (value, wanted) -> Wildcard.matches(wanted, value, false)),
    NULL("Null", false, (value, wanted) -> true);

    private interface Comparison {
        boolean test(String requestValue, String policyValue);
    }

    private final String written;
    private final boolean negated;
    private final Comparison comparison;

    ConditionOperator(String written, boolean negated, Comparison comparison) {
        this.written = written;
        this.negated = negated;
        this.comparison = comparison;
    }

    static Optional<ConditionOperator> named(String name) {
        for (ConditionOperator operator : values()) {
            if (operator.written.equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    String written() {
        return written;
    }

    /** Not… operators hold when the request value matches none of the policy's values. */
    boolean negated() {
        return negated;
    }

    /** Whether the request value matches one policy value under the positive form of this operator. */
    boolean positiveMatch(String requestValue, String policyValue) {
        return comparison.test(requestValue, policyValue);
    }

    /** Whether a policy value is well-formed for this operator. */
    boolean accepts(String policyValue) {
        return switch (this) {
            case IP_ADDRESS, NOT_IP_ADDRESS -> Cidr.parse(policyValue).isPresent();
            case BOOL, NULL -> policyValue.equalsIgnoreCase("true") || policyValue.equalsIgnoreCase("false");
            case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS, NUMERIC_LESS_THAN, NUMERIC_LESS_THAN_EQUALS,
                    NUMERIC_GREATER_THAN, NUMERIC_GREATER_THAN_EQUALS -> number(policyValue).isPresent();
            case DATE_EQUALS, DATE_NOT_EQUALS, DATE_LESS_THAN, DATE_LESS_THAN_EQUALS, DATE_GREATER_THAN,
                    DATE_GREATER_THAN_EQUALS -> date(policyValue).isPresent();
            default -> true;
        };
    }

    /** An unreadable number or date matches nothing. */
    private static boolean numbers(String value, String wanted, IntPredicate order) {
        Optional<BigDecimal> a = number(value);
        Optional<BigDecimal> b = number(wanted);
        return a.isPresent() && b.isPresent() && order.test(a.get().compareTo(b.get()));
    }

    private static boolean dates(String value, String wanted, IntPredicate order) {
        Optional<Instant> a = date(value);
        Optional<Instant> b = date(wanted);
        return a.isPresent() && b.isPresent() && order.test(a.get().compareTo(b.get()));
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** ISO 8601 date-times, or epoch seconds, as IAM accepts. */
    private static Optional<Instant> date(String text) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            } catch (NumberFormatException notEpoch) {
                return Optional.empty();
            }
        }
    }

    private static boolean inRange(String address, String range) {
        return Cidr.parse(range).map(cidr -> cidr.contains(address)).orElse(false);
    }

    /** An address range: an address and the number of leading bits that must match. */
    record Cidr(byte[] network, int prefix) {

        static Optional<Cidr> parse(String text) {
            String value = text.strip();
            int slash = value.indexOf('/');
            String address = slash < 0 ? value : value.substring(0, slash);
            if (!address.matches("[0-9a-fA-F:.]+")) {
                return Optional.empty(); // never a host name: that would ask DNS
            }
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(value.substring(slash + 1));
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
                return Optional.of(new Cidr(bytes, prefix));
            } catch (UnknownHostException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        boolean isIpv4() {
            return network.length == 4;
        }

        boolean contains(String address) {
            Optional<Cidr> other = parse(address);
            if (other.isEmpty() || other.get().network.length != network.length) {
                return false;
            }
            byte[] candidate = other.get().network;
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
