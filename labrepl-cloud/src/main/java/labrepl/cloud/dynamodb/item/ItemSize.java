package labrepl.cloud.dynamodb.item;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An item's size as DynamoDB counts it (Developer Guide, "Item sizes and formats"): the
 * basis of the 400 KB item limit, the 1 MB page limit and capacity units.
 */
public final class ItemSize {

    /** 400 KB, counted in binary kilobytes. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private static final int LIST_OR_MAP_OVERHEAD = 3;
    private static final int ELEMENT_OVERHEAD = 1;

    private ItemSize() {
    }

    public static long of(Map<String, Value> item) {
        long size = 0;
        for (Map.Entry<String, Value> attribute : item.entrySet()) {
            size += utf8Length(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    public static long of(Value value) {
        if (value instanceof Value.S s) {
            return utf8Length(s.value());
        } else if (value instanceof Value.N n) {
            return numberSize(n.value());
        } else if (value instanceof Value.B b) {
            return b.value().length;
        } else if (value instanceof Value.Bool || value instanceof Value.Null) {
            return 1;
        } else if (value instanceof Value.M m) {
            long size = LIST_OR_MAP_OVERHEAD;
            for (Map.Entry<String, Value> entry : m.value().entrySet()) {
                size += utf8Length(entry.getKey()) + of(entry.getValue()) + ELEMENT_OVERHEAD;
            }
            return size;
        } else if (value instanceof Value.L l) {
            long size = LIST_OR_MAP_OVERHEAD;
            for (Value element : l.value()) {
                size += of(element) + ELEMENT_OVERHEAD;
            }
            return size;
        } else if (value instanceof Value.SS ss) {
            return ss.value().stream().mapToLong(ItemSize::utf8Length).sum();
        } else if (value instanceof Value.NS ns) {
            return ns.value().stream().mapToLong(ItemSize::numberSize).sum();
        } else if (value instanceof Value.BS bs) {
            return bs.value().stream().mapToLong(bytes -> bytes.length).sum();
        }
        throw new IllegalArgumentException("Unknown value " + value);
    }

    /**
     * About one byte per two significant digits, plus one. The exact rule, measured against
     * DynamoDB at the 400 KB boundary: digits are stored in base-100 pairs aligned on the
     * decimal exponent, so an even digit count with an even exponent spills into one more
     * byte, and a negative number carries one more byte for its terminator.
     */
    static long numberSize(String normalised) {
        BigDecimal number = new BigDecimal(normalised).stripTrailingZeros();
        if (number.signum() == 0) {
            return 1;
        }
        int digits = number.precision();
        int exponent = digits - number.scale() - 1; // number = d1.d2d3... x 10^exponent
        long size = 1 + (digits + 1) / 2;
        if (digits % 2 == 0 && exponent % 2 == 0) {
            size++;
        }
        if (number.signum() < 0) {
            size++;
        }
        return size;
    }

    static long utf8Length(String text) {
        int ascii = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return text.getBytes(StandardCharsets.UTF_8).length;
            }
            ascii++;
        }
        return ascii;
    }
}
