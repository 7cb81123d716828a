package labrepl.cloud.dynamodb.expression;

import java.util.EnumMap;
import java.util.Map;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;

/**
 * The semantic mistakes found in one expression. DynamoDB reports only one, chosen by
 * kind of mistake rather than by position, so the first of each kind is kept and the most
 * important kind wins.
 */
final class Problems {

    /** Kinds of mistake, most important first. */
    enum Kind {
        PARENTHESES, UNKNOWN_FUNCTION, SECTION, MISUSED_FUNCTION, RESERVED_WORD, UNDEFINED,
        OPERAND_COUNT, DISTINCT_OPERANDS, PATHS, OPERAND_TYPE
    }

    private final Map<Kind, String> first = new EnumMap<>(Kind.class);

    void add(Kind kind, String message) {
        first.putIfAbsent(kind, message);
    }

    /** Throws DynamoDB's "Invalid <member>: …" for the most important mistake, if any. */
    void throwIfAny(String member) {
        if (!first.isEmpty()) {
            throw invalid(member, first.values().iterator().next());
        }
    }

    static DynamoDbError invalid(String member, String message) {
        return DynamoDbError.validation("Invalid " + member + ": " + message);
    }
}
