package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.List;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;

/**
 * The first check of every operation that takes expressions: expressions and the older members
 * they replaced cannot be mixed, and ExpressionAttributeNames and ExpressionAttributeValues come
 * only with an expression that can use them.
 */
final class ExpressionParameters {

    private ExpressionParameters() {
    }

    /**
     * {@code expressions} and {@code legacy} in the order DynamoDB names them in its message.
     * KeyConditions may go with the other expressions as long as there is no KeyConditionExpression.
     */
    static void check(JsonRequest request, List<String> expressions, List<String> legacy) {
        List<String> given = present(request, expressions);
        if (!given.isEmpty()) {
            List<String> older = new ArrayList<>(legacy);
            if (request.has("KeyConditions") && !request.has("KeyConditionExpression")) {
                older.remove("KeyConditions");
            }
            List<String> mixed = present(request, older);
            if (!mixed.isEmpty()) {
                throw DynamoDbError.validation("Can not use both expression and non-expression parameters in the same"
                        + " request: Non-expression parameters: {" + String.join(", ", mixed) + "} Expression"
                        + " parameters: {" + String.join(", ", given) + "}");
            }
        }
        if (request.has("ExpressionAttributeNames") && given.isEmpty()) {
            throw DynamoDbError.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (request.has("ExpressionAttributeValues")) {
            List<String> withValues = expressions.stream().filter(member -> !member.equals("ProjectionExpression")).toList();
            if (!withValues.isEmpty() && withValues.stream().noneMatch(request::has)) {
                throw DynamoDbError.validation("ExpressionAttributeValues can only be specified when using expressions: "
                        + String.join(" and ", withValues) + (withValues.size() > 1 ? " are" : " is") + " null");
            }
        }
    }

    /** Those of {@code members} the request has, in order; a loop, as this runs on every item operation. */
    private static List<String> present(JsonRequest request, List<String> members) {
        List<String> present = new ArrayList<>(members.size());
        for (String member : members) {
            if (request.has(member)) {
                present.add(member);
            }
        }
        return present;
    }
}
