package labrepl.cloud.dynamodb.expression;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * The semantic mistakes found in one expression. DynamoDB reports only one: the first of each
 * kind is kept and the kinds rank differently for conditions, updates and projections. In a
 * condition, the mistakes within a single comparison or function (undefined placeholders, operand
 * counts, identical operands, operand types) count only for the first such leaf that has any.
 */
final class Problems {

    enum Kind {
        PARENTHESES, UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED_WORD, SECTION, UNDEFINED, UNDEFINED_VALUE,
        PATH_OVERLAP, PATH_CONFLICT, SECTION_OPERAND, OPERAND_COUNT, DISTINCT_OPERANDS, OPERAND_TYPE,
        /** A condition leaf's most important mistake. */
        CONDITION
    }

    static final List<Kind> CONDITION_ORDER = List.of(Kind.PARENTHESES, Kind.UNKNOWN_FUNCTION, Kind.MISUSED_FUNCTION,
            Kind.RESERVED_WORD, Kind.CONDITION);
    static final List<Kind> UPDATE_ORDER = List.of(Kind.RESERVED_WORD, Kind.UNKNOWN_FUNCTION, Kind.SECTION,
            Kind.UNDEFINED, Kind.UNDEFINED_VALUE, Kind.PATH_OVERLAP, Kind.PATH_CONFLICT, Kind.SECTION_OPERAND,
            Kind.OPERAND_COUNT, Kind.OPERAND_TYPE);
    static final List<Kind> PROJECTION_ORDER = List.of(Kind.RESERVED_WORD, Kind.UNDEFINED, Kind.PATH_OVERLAP,
            Kind.PATH_CONFLICT);
    /** Within one condition leaf. */
    private static final List<Kind> LEAF_ORDER = List.of(Kind.UNDEFINED, Kind.OPERAND_COUNT, Kind.DISTINCT_OPERANDS,
            Kind.OPERAND_TYPE);

    private final List<Kind> order;
    private final Problems parent;
    private final Map<Kind, String> first = new EnumMap<>(Kind.class);

    Problems(List<Kind> order) {
        this(order, null);
    }

    private Problems(List<Kind> order, Problems parent) {
        this.order = order;
        this.parent = parent;
    }

    /** The problems of one condition leaf; kinds that are not the leaf's go to this expression's. */
    Problems leaf() {
        return new Problems(LEAF_ORDER, this);
    }

    void add(Kind kind, String message) {
        if (parent != null && !order.contains(kind)) {
            parent.add(kind, message);
        } else {
            first.putIfAbsent(kind, message);
        }
    }

    /** A kind of which the last one found is reported (DynamoDB keeps the last conflict between two paths). */
    void replace(Kind kind, String message) {
        first.put(kind, message);
    }

    boolean has(Kind kind) {
        return first.containsKey(kind);
    }

    /** Ends a leaf: its most important mistake, if any, is the condition's unless an earlier leaf had one. */
    void close() {
        String worst = worst();
        if (worst != null) {
            parent.add(Kind.CONDITION, worst);
        }
    }

    /** Throws DynamoDB's "Invalid <member>: …" for the most important mistake, if any. */
    void throwIfAny(String member) {
        String worst = worst();
        if (worst != null) {
            throw invalid(member, worst);
        }
    }

    private String worst() {
        for (Kind kind : order) {
            if (first.containsKey(kind)) {
                return first.get(kind);
            }
        }
        return null;
    }

    static DynamoDbError invalid(String member, String message) {
        return DynamoDbError.validation("Invalid " + member + ": " + message);
    }
}
