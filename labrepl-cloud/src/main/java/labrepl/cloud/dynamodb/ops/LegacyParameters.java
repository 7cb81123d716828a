package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.Operand;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;

/**
 * DynamoDB's older request members (Expected, KeyConditions, QueryFilter, ScanFilter,
 * AttributesToGet, AttributeUpdates, ConditionalOperator), translated into the same
 * conditions, paths and update actions the expressions parse to, so one evaluator serves both.
 */
final class LegacyParameters {

    /** Operators and the value types each accepts, as DynamoDB checks them. */
    private static final Map<String, Set<String>> TYPES = Map.ofEntries(
            Map.entry("EQ", Set.of("S", "N", "B", "SS", "NS", "BS")), Map.entry("NE", Set.of("S", "N", "B", "SS", "NS", "BS")),
            Map.entry("LE", Set.of("S", "N", "B")), Map.entry("LT", Set.of("S", "N", "B")),
            Map.entry("GE", Set.of("S", "N", "B")), Map.entry("GT", Set.of("S", "N", "B")),
            Map.entry("CONTAINS", Set.of("S", "N", "B")), Map.entry("NOT_CONTAINS", Set.of("S", "N", "B")),
            Map.entry("BEGINS_WITH", Set.of("S", "B")), Map.entry("IN", Set.of("S", "N", "B")),
            Map.entry("BETWEEN", Set.of("S", "N", "B")), Map.entry("NULL", Set.of()), Map.entry("NOT_NULL", Set.of()));
    /** ComparisonOperator, in the order DynamoDB lists them in its message. */
    private static final List<String> OPERATORS = List.of("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT",
            "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS");
    private static final Map<String, String> COMPARATORS = Map.of("EQ", "=", "NE", "<>", "LE", "<=", "LT", "<",
            "GE", ">=", "GT", ">");

    private LegacyParameters() {
    }

    static List<Path> attributesToGet(JsonArray names) {
        List<Path> paths = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonElement name : names) {
            String attribute = name.getAsString();
            if (!seen.add(attribute)) {
                throw DynamoDbError.invalidParameter("Duplicate value in attribute name: " + attribute);
            }
            paths.add(Path.of(attribute));
        }
        return paths;
    }

    /** KeyConditions, QueryFilter or ScanFilter: each attribute's ComparisonOperator and AttributeValueList. */
    static Condition conditions(JsonObject conditions, String conditionalOperator) {
        List<Condition> terms = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : conditions.entrySet()) {
            JsonRequest condition = JsonRequest.of(entry.getValue());
            terms.add(term(entry.getKey(), condition.string("ComparisonOperator"), values(condition.array("AttributeValueList"))));
        }
        return combine(terms, conditionalOperator);
    }

    /** Expected: per attribute, Value and Exists, or a ComparisonOperator with its values. */
    static Condition expected(JsonObject expected, String conditionalOperator) {
        List<Condition> terms = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : expected.entrySet()) {
            String attribute = entry.getKey();
            JsonRequest condition = JsonRequest.of(entry.getValue());
            String operator = condition.string("ComparisonOperator");
            boolean hasValue = condition.has("Value");
            if (hasValue && condition.has("AttributeValueList")) {
                throw DynamoDbError.invalidParameter(
                        "Value and AttributeValueList cannot be used together for Attribute: " + attribute);
            }
            if (operator != null) {
                if (condition.has("Exists")) {
                    throw DynamoDbError.invalidParameter(
                            "Exists and ComparisonOperator cannot be used together for Attribute: " + attribute);
                }
                List<Value> values = hasValue ? List.of(ItemJson.readValue(condition.json().get("Value")))
                        : values(condition.array("AttributeValueList"));
                terms.add(term(attribute, operator, values));
                continue;
            }
            if (condition.has("AttributeValueList")) {
                throw DynamoDbError.invalidParameter(
                        "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
            }
            Boolean exists = condition.bool("Exists");
            if (!Boolean.FALSE.equals(exists) && !hasValue) {
                throw DynamoDbError.invalidParameter("Value must be provided when Exists is " + exists
                        + " for Attribute: " + attribute);
            }
            if (Boolean.FALSE.equals(exists)) {
                if (hasValue) {
                    throw DynamoDbError.invalidParameter("Value cannot be used when Exists is false for Attribute: " + attribute);
                }
                terms.add(term(attribute, "NULL", List.of()));
            } else {
                terms.add(term(attribute, "EQ", List.of(ItemJson.readValue(condition.json().get("Value")))));
            }
        }
        return combine(terms, conditionalOperator);
    }

    /** AttributeUpdates: PUT sets, DELETE removes (or takes members out of a set), ADD adds. */
    static List<UpdateAction> attributeUpdates(JsonObject updates) {
        List<UpdateAction> actions = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : updates.entrySet()) {
            JsonRequest update = JsonRequest.of(entry.getValue());
            String action = update.string("Action") == null ? "PUT" : update.string("Action");
            Path path = Path.of(entry.getKey());
            Value value = update.has("Value") ? ItemJson.readValue(update.json().get("Value")) : null;
            Operand.ValueOperand operand = new Operand.ValueOperand(":value", value);
            if (value == null && !action.equals("DELETE")) {
                throw DynamoDbError.invalidParameter("Only DELETE action is allowed when no attribute value is specified");
            }
            switch (action) {
                case "PUT" -> actions.add(new UpdateAction.Set(path, operand));
                case "ADD" -> actions.add(new UpdateAction.Add(path, operand));
                case "DELETE" -> actions.add(value == null ? new UpdateAction.Remove(path) : new UpdateAction.Delete(path, operand));
                default -> throw DynamoDbError.validation("1 validation error detected: Value '" + action + "' at "
                        + "'attributeUpdates." + entry.getKey() + ".member.action' failed to satisfy constraint: Member "
                        + "must satisfy enum value set: [ADD, DELETE, PUT]");
            }
        }
        return actions;
    }

    private static List<Value> values(JsonArray array) {
        List<Value> values = new ArrayList<>();
        if (array != null) {
            array.forEach(element -> values.add(ItemJson.readValue(element)));
        }
        return values;
    }

    private static Condition term(String attribute, String operator, List<Value> values) {
        if (operator == null || !TYPES.containsKey(operator)) {
            throw DynamoDbError.validation("1 validation error detected: Value '" + operator + "' at '" + attribute
                    + ".member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: "
                    + OPERATORS);
        }
        int expected = switch (operator) {
            case "NULL", "NOT_NULL" -> 0;
            case "BETWEEN" -> 2;
            case "IN" -> Math.max(1, values.size());
            default -> 1;
        };
        if (values.size() != expected) {
            throw DynamoDbError.invalidParameter("Invalid number of argument(s) for the " + operator + " ComparisonOperator");
        }
        for (Value value : values) {
            if (!value.type().equals(values.get(0).type())) {
                throw DynamoDbError.invalidParameter("AttributeValues inside AttributeValueList must be of same type");
            }
            if (!TYPES.get(operator).contains(value.type())) {
                throw DynamoDbError.invalidParameter("ComparisonOperator " + operator + " is not valid for "
                        + value.type() + " AttributeValue type");
            }
        }
        Operand path = new Operand.PathOperand(Path.of(attribute));
        List<Operand> operands = values.stream().map(v -> (Operand) new Operand.ValueOperand(":value", v)).toList();
        return switch (operator) {
            case "NULL" -> function("attribute_not_exists", List.of(path));
            case "NOT_NULL" -> function("attribute_exists", List.of(path));
            case "CONTAINS" -> function("contains", List.of(path, operands.get(0)));
            case "NOT_CONTAINS" -> new Condition.Not(function("contains", List.of(path, operands.get(0))));
            case "BEGINS_WITH" -> function("begins_with", List.of(path, operands.get(0)));
            case "IN" -> new Condition.In(path, operands);
            case "BETWEEN" -> new Condition.Between(path, operands.get(0), operands.get(1));
            default -> new Condition.Comparison(COMPARATORS.get(operator), path, operands.get(0));
        };
    }

    private static Condition function(String name, List<Operand> arguments) {
        return new Condition.FunctionCondition(new Operand.FunctionCall(name, arguments));
    }

    private static Condition combine(List<Condition> terms, String conditionalOperator) {
        if (terms.isEmpty()) {
            return null;
        }
        Condition combined = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            combined = "OR".equals(conditionalOperator) ? new Condition.Or(combined, terms.get(i))
                    : new Condition.And(combined, terms.get(i));
        }
        return combined;
    }
}
