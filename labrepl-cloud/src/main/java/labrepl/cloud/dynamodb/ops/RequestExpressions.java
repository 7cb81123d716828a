package labrepl.cloud.dynamodb.ops;

import java.util.List;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.ExpressionAttributes;
import labrepl.cloud.dynamodb.expression.ExpressionParser;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.protocol.JsonRequest;

/**
 * The expressions of one request (or of one element of a batch or transaction): its
 * ExpressionAttributeNames and ExpressionAttributeValues checked first, then each expression
 * parsed in DynamoDB's order (update, condition, key condition, filter, projection), after which
 * every name and value must have been used. Members a request does not have are null.
 */
record RequestExpressions(
        List<UpdateAction> update,
        Condition condition,
        Condition keyCondition,
        Condition filter,
        List<Path> projection) {

    static RequestExpressions parse(JsonRequest request) {
        ExpressionAttributes attributes = ExpressionAttributes.read(request);
        String updateText = request.string("UpdateExpression");
        List<UpdateAction> update = updateText == null ? null : ExpressionParser.update(updateText, attributes);
        Condition condition = condition(request, "ConditionExpression", attributes);
        Condition keyCondition = condition(request, "KeyConditionExpression", attributes);
        Condition filter = condition(request, "FilterExpression", attributes);
        String projectionText = request.string("ProjectionExpression");
        List<Path> projection = projectionText == null ? null : ExpressionParser.projection(projectionText, attributes);
        attributes.checkAllUsed();
        return new RequestExpressions(update, condition, keyCondition, filter, projection);
    }

    private static Condition condition(JsonRequest request, String member, ExpressionAttributes attributes) {
        String text = request.string(member);
        return text == null ? null : ExpressionParser.condition(member, text, attributes);
    }
}
