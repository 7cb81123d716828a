package labrepl.cloud.dynamodb.ops;

import java.util.Arrays;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.table.KeySchema;

/**
 * A Query's key conditions, already checked against the key schema, as a range of sort positions
 * [lower, upper): one partition, and at most one condition on the sort key.
 */
final class QueryKeyCondition {

    private final byte[] lower;
    private final byte[] upper;
    private final Value partition;

    private QueryKeyCondition(byte[] lower, byte[] upper, Value partition) {
        this.lower = lower;
        this.upper = upper;
        this.partition = partition;
    }

    static QueryKeyCondition of(Map<String, LegacyParameters.Term> terms, KeySchema schema) {
        Value partition = terms.get(schema.partition().name()).values().get(0);
        LegacyParameters.Term sort = schema.sortKey().map(s -> terms.get(s.name())).orElse(null);
        byte[] whole = schema.encodePartition(partition);
        byte[] lower = whole;
        byte[] upper = successor(whole);
        if (sort != null) {
            byte[] first = schema.encodeSort(partition, sort.values().get(0));
            switch (sort.operator()) {
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
                    upper = successor(schema.encodeSort(partition, sort.values().get(1)));
                }
                default -> {
                    byte[] prefix = schema.encodeSortPrefix(partition, sort.values().get(0));
                    lower = prefix;
                    upper = successor(prefix);
                }
            }
        }
        return new QueryKeyCondition(lower, upper, partition);
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

    Value partition() {
        return partition;
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
