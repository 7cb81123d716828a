package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;

/**
 * A Query's key conditions, already checked against the key schema, as a range of sort positions
 * [lower, upper): one partition (all its partition values equal), equal values for the leading
 * sort attributes, and at most one other condition, on the sort attribute after them.
 */
final class QueryKeyCondition {

    private final byte[] lower;
    private final byte[] upper;

    private QueryKeyCondition(byte[] lower, byte[] upper) {
        this.lower = lower;
        this.upper = upper;
    }

    static QueryKeyCondition of(Map<String, LegacyParameters.Term> terms, KeySchema schema) {
        List<Value> partition = new ArrayList<>();
        schema.partitionKeys().forEach(key -> partition.add(terms.get(key.name()).values().get(0)));
        List<Value> equal = new ArrayList<>();
        LegacyParameters.Term last = null;
        for (KeyAttribute key : schema.sortKeys()) {
            LegacyParameters.Term term = terms.get(key.name());
            if (term == null) {
                break;
            }
            if (last != null) {
                equal.add(last.values().get(0));
            }
            last = term;
        }
        byte[] base = schema.encodeSort(partition, equal);
        byte[] lower = base;
        byte[] upper = successor(base);
        if (last != null) {
            byte[] first = schema.encodeSort(partition, with(equal, last.values().get(0)));
            switch (last.operator()) {
                case "EQ" -> {
                    lower = first;
                    upper = successor(first);
                }
                case "LT" -> upper = first;
                case "LE" -> upper = successor(first);
                case "GT" -> lower = successor(first);
                case "GE" -> lower = first;
                case "BETWEEN" -> {
                    lower = first;
                    upper = successor(schema.encodeSort(partition, with(equal, last.values().get(1))));
                }
                default -> {
                    byte[] prefix = schema.encodeSortPrefix(partition, equal, last.values().get(0));
                    lower = prefix;
                    upper = successor(prefix);
                }
            }
        }
        return new QueryKeyCondition(lower, upper);
    }

    private static List<Value> with(List<Value> values, Value next) {
        List<Value> longer = new ArrayList<>(values);
        longer.add(next);
        return longer;
    }

    /** The smallest byte string greater than every string that starts with {@code prefix}. */
    static byte[] successor(byte[] prefix) {
        int end = prefix.length;
        while (end > 0 && prefix[end - 1] == (byte) 0xFF) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        byte[] next = Arrays.copyOf(prefix, end);
        next[end - 1]++;
        return next;
    }

    /** Where a forward read starts (inclusive). */
    byte[] lower() {
        return lower;
    }

    /** Where a backward read starts (exclusive); null is the end of the key space. */
    byte[] upper() {
        return upper;
    }

    boolean contains(byte[] position) {
        return Arrays.compareUnsigned(position, lower) >= 0
                && (upper == null || Arrays.compareUnsigned(position, upper) < 0);
    }
}
