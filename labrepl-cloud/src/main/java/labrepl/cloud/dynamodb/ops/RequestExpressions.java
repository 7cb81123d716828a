package labrepl.cloud.dynamodb.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.ExpressionAttributes;
import labrepl.cloud.dynamodb.expression.ExpressionParser;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
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

    /** The older member each expression member replaced. */
    private static final Map<String, String> LEGACY = Map.of("UpdateExpression", "AttributeUpdates",
            "ConditionExpression", "Expected", "KeyConditionExpression", "KeyConditions",
            "ProjectionExpression", "AttributesToGet");

    /**
     * {@code members}: the expression members this operation takes, ProjectionExpression last.
     * The older members they replaced are read too, but a request may not mix the two kinds.
     */
    static RequestExpressions read(JsonRequest request, String... members) {
        List<String> accepted = List.of(members);
        List<String> legacy = legacyMembers(request, accepted);
        List<String> expressions = accepted.stream().filter(request::has).toList();
        if (!legacy.isEmpty() && !expressions.isEmpty()) {
            throw DynamoDbError.requestValidation("Can not use both expression and non-expression parameters in the same "
                    + "request: Non-expression parameters: {" + String.join(", ", legacy) + "} Expression parameters: {"
                    + String.join(", ", expressions) + "}");
        }
        if (!legacy.isEmpty()) {
            return fromLegacy(request, accepted);
        }
        ExpressionAttributes attributes = ExpressionAttributes.read(request, accepted);
        String updateText = accepted.contains("UpdateExpression") ? request.string("UpdateExpression") : null;
        List<UpdateAction> update = updateText == null ? null : ExpressionParser.update(updateText, attributes);
        Condition condition = condition(request, accepted, "ConditionExpression", attributes);
        Condition keyCondition = accepted.contains("KeyConditionExpression") && request.has("KeyConditions")
                ? LegacyParameters.conditions(request.object("KeyConditions"), "AND") // allowed beside a FilterExpression
                : condition(request, accepted, "KeyConditionExpression", attributes);
        Condition filter = condition(request, accepted, "FilterExpression", attributes);
        String projectionText = accepted.contains("ProjectionExpression") ? request.string("ProjectionExpression") : null;
        List<Path> projection = projectionText == null ? null : ExpressionParser.projection(projectionText, attributes);
        attributes.checkAllUsed();
        return new RequestExpressions(update, condition, keyCondition, filter, projection);
    }

    /** The older members present in the request, as DynamoDB names them in its message. */
    private static List<String> legacyMembers(JsonRequest request, List<String> accepted) {
        List<String> present = new ArrayList<>();
        for (String member : accepted) {
            String older = member.equals("FilterExpression") ? filterMember(accepted) : LEGACY.get(member);
            boolean keyConditionsWithFilter = older.equals("KeyConditions") && !request.has("KeyConditionExpression");
            if (request.has(older) && !keyConditionsWithFilter) {
                present.add(older);
            }
        }
        if (request.has("ConditionalOperator")) {
            present.add("ConditionalOperator");
        }
        return present;
    }

    private static String filterMember(List<String> accepted) {
        return accepted.contains("KeyConditionExpression") ? "QueryFilter" : "ScanFilter";
    }

    private static RequestExpressions fromLegacy(JsonRequest request, List<String> accepted) {
        String operator = request.string("ConditionalOperator");
        new Constraints().oneOf("conditionalOperator", operator, List.of("OR", "AND")).throwIfViolated();
        List<UpdateAction> update = accepted.contains("UpdateExpression") && request.has("AttributeUpdates")
                ? LegacyParameters.attributeUpdates(request.object("AttributeUpdates")) : null;
        Condition condition = accepted.contains("ConditionExpression") && request.has("Expected")
                ? LegacyParameters.expected(request.object("Expected"), operator) : null;
        Condition keyCondition = accepted.contains("KeyConditionExpression") && request.has("KeyConditions")
                ? LegacyParameters.conditions(request.object("KeyConditions"), "AND") : null;
        String filterMember = filterMember(accepted);
        Condition filter = accepted.contains("FilterExpression") && request.has(filterMember)
                ? LegacyParameters.conditions(request.object(filterMember), operator) : null;
        List<Path> projection = accepted.contains("ProjectionExpression") && request.has("AttributesToGet")
                ? LegacyParameters.attributesToGet(request.array("AttributesToGet")) : null;
        return new RequestExpressions(update, condition, keyCondition, filter, projection);
    }

    private static Condition condition(JsonRequest request, List<String> accepted, String member,
                                       ExpressionAttributes attributes) {
        String text = accepted.contains(member) ? request.string(member) : null;
        return text == null ? null : ExpressionParser.condition(member, text, attributes);
    }
}
