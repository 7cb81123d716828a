package labrepl.cloud.dynamodb.ops;

import java.util.List;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.ExpressionAttributes;
import labrepl.cloud.dynamodb.expression.ExpressionParser;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.protocol.JsonRequest;

/**
 * The expressions of one request (or of one element of a batch or transaction), parsed in
 * DynamoDB's order (update, condition, key condition, filter, projection), after which every
 * ExpressionAttributeNames and ExpressionAttributeValues entry must have been used.
 * Members a request does not have are null.
 */
record RequestExpressions(
        List<UpdateAction> update,
        Condition condition,
        Condition keyCondition,
        Condition filter,
        List<Path> projection) {

    /** {@code members}: the expression members this operation takes, ProjectionExpression last. */
    static RequestExpressions read(JsonRequest request, String... members) {
        List<String> accepted = List.of(members);
        ExpressionAttributes attributes = ExpressionAttributes.read(request, accepted);
        String updateText = accepted.contains("UpdateExpression") ? request.string("UpdateExpression") : null;
        List<UpdateAction> update = updateText == null ? null : ExpressionParser.update(updateText, attributes);
        Condition condition = condition(request, accepted, "ConditionExpression", attributes);
        Condition keyCondition = condition(request, accepted, "KeyConditionExpression", attributes);
        Condition filter = condition(request, accepted, "FilterExpression", attributes);
        String projectionText = accepted.contains("ProjectionExpression") ? request.string("ProjectionExpression") : null;
        List<Path> projection = projectionText == null ? null : ExpressionParser.projection(projectionText, attributes);
        attributes.checkAllUsed();
        return new RequestExpressions(update, condition, keyCondition, filter, projection);
    }

    private static Condition condition(JsonRequest request, List<String> accepted, String member,
                                       ExpressionAttributes attributes) {
        String text = accepted.contains(member) ? request.string(member) : null;
        return text == null ? null : ExpressionParser.condition(member, text, attributes);
    }
}
