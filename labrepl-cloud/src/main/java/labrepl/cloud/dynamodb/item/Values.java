package labrepl.cloud.dynamodb.item;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** DynamoDB's order of scalar values: numbers by value, strings by UTF-8 bytes, binaries by unsigned bytes. */
public final class Values {

    private Values() {
    }

    /** True for the types that compare with {@code <}: N, S and B. */
    public static boolean isOrdered(Value value) {
        return value instanceof Value.N || value instanceof Value.S || value instanceof Value.B;
    }

    /** Compares two values of the same ordered type. */
    public static int compare(Value a, Value b) {
        if (a instanceof Value.N x && b instanceof Value.N y) {
            return x.decimal().compareTo(y.decimal());
        }
        if (a instanceof Value.S x && b instanceof Value.S y) {
            return Arrays.compareUnsigned(x.value().getBytes(StandardCharsets.UTF_8), y.value().getBytes(StandardCharsets.UTF_8));
        }
        if (a instanceof Value.B x && b instanceof Value.B y) {
            return Arrays.compareUnsigned(x.value(), y.value());
        }
        throw new IllegalArgumentException("Not comparable: " + a.type() + " and " + b.type());
    }

    /** True when both are of one ordered type, so {@link #compare} applies. */
    public static boolean comparable(Value a, Value b) {
        return isOrdered(a) && a.type().equals(b.type());
    }

    /** How DynamoDB shows a scalar in some messages: {@code N:10}, {@code S:abc}. */
    public static String shortForm(Value value) {
        String text;
        if (value instanceof Value.S s) {
            text = s.value();
        } else if (value instanceof Value.N n) {
            text = n.value();
        } else if (value instanceof Value.B b) {
            text = Base64.getEncoder().encodeToString(b.value());
        } else {
            text = ItemJson.writeItem(java.util.Map.of("v", value));
        }
        return value.type() + ":" + text;
    }
}
