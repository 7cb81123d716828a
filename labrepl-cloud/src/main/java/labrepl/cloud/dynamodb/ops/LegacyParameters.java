package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.Operand;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.UpdateAction;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.item.Values;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;

/**
 * DynamoDB's older request members (Expected, KeyConditions, QueryFilter, ScanFilter,
 * AttributesToGet, AttributeUpdates, ConditionalOperator), checked as DynamoDB checks them and
 * translated into the same conditions, paths and update actions the expressions parse to, so one
 * evaluator serves both.
 */
final class LegacyParameters {

    /** One attribute's condition: a ComparisonOperator and its values. */
    record Term(String operator, List<Value> values) {
    }

    /** Operators and the value types each accepts in KeyConditions and filters. */
    private static final Map<String, Set<String>> TYPES = Map.ofEntries(
            Map.entry("EQ", Set.of("S", "N", "B", "SS", "NS", "BS")), Map.entry("NE", Set.of("S", "N", "B", "SS", "NS", "BS")),
            Map.entry("LE", Set.of("S", "N", "B")), Map.entry("LT", Set.of("S", "N", "B")),
            Map.entry("GE", Set.of("S", "N", "B")), Map.entry("GT", Set.of("S", "N", "B")),
            Map.entry("CONTAINS", Set.of("S", "N", "B")), Map.entry("NOT_CONTAINS", Set.of("S", "N", "B")),
            Map.entry("BEGINS_WITH", Set.of("S", "B")), Map.entry("IN", Set.of("S", "N", "B")),
            Map.entry("BETWEEN", Set.of("S", "N", "B")));
    private static final Map<String, String> COMPARATORS = Map.of("EQ", "=", "NE", "<>", "LE", "<=", "LT", "<",
            "GE", ">=", "GT", ">");

    private LegacyParameters() {
    }

    /** AttributesToGet as paths; a name given twice is refused. Null when absent. */
    static List<Path> attributesToGet(JsonRequest request) {
        JsonArray names = request.array("AttributesToGet");
        if (names == null) {
            return null;
        }
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

    /**
     * KeyConditions, QueryFilter or ScanFilter: each attribute's values checked, then their number,
     * their common type and whether the operator takes that type. Empty when absent.
     */
    static Map<String, Term> conditions(JsonObject conditions) {
        Map<String, Term> terms = new LinkedHashMap<>();
        if (conditions == null) {
            return terms;
        }
        for (Map.Entry<String, JsonElement> entry : conditions.entrySet()) {
            JsonRequest condition = new JsonRequest(entry.getValue().getAsJsonObject());
            String operator = condition.string("ComparisonOperator");
            List<Value> values = values(condition.array("AttributeValueList"));
            checkCount(operator, values.size());
            checkSameType(values);
            for (Value value : values) {
                if (TYPES.containsKey(operator) && !TYPES.get(operator).contains(value.type())) {
                    throw DynamoDbError.invalidParameter("ComparisonOperator " + operator + " is not valid for "
                            + value.type() + " AttributeValue type");
                }
            }
            checkBetween(operator, values);
            terms.put(entry.getKey(), new Term(operator, values));
        }
        return terms;
    }

    /** Expected: per attribute, Value and Exists, or a ComparisonOperator with its values. Null when absent. */
    static Condition expected(JsonRequest request) {
        JsonObject expected = request.object("Expected");
        if (expected == null) {
            return null;
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : expected.entrySet()) {
            terms.put(entry.getKey(), expectedTerm(entry.getKey(), new JsonRequest(entry.getValue().getAsJsonObject())));
        }
        return combine(terms, request.string("ConditionalOperator"));
    }

    private static Term expectedTerm(String attribute, JsonRequest condition) {
        String operator = condition.string("ComparisonOperator");
        boolean hasValue = condition.has("Value");
        boolean hasList = condition.has("AttributeValueList");
        if (hasValue && hasList) {
            throw DynamoDbError.invalidParameter(
                    "Value and AttributeValueList cannot be used together for Attribute: " + attribute);
        }
        if (operator != null) {
            if (condition.has("Exists")) {
                throw DynamoDbError.invalidParameter(
                        "Exists and ComparisonOperator cannot be used together for Attribute: " + attribute);
            }
            if (!operator.equals("NULL") && !operator.equals("NOT_NULL") && !hasValue && !hasList) {
                throw DynamoDbError.invalidParameter("Value or AttributeValueList must be used with ComparisonOperator: "
                        + operator + " for Attribute: " + attribute);
            }
            List<Value> values = hasValue ? List.of(ItemJson.readValue(condition.json().get("Value")))
                    : values(condition.array("AttributeValueList"));
            checkCount(operator, values.size());
            checkSameType(values);
            checkBetween(operator, values);
            return new Term(operator, values);
        }
        if (hasList) {
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
            return new Term("NULL", List.of());
        }
        return new Term("EQ", List.of(ItemJson.readValue(condition.json().get("Value"))));
    }

    /** AttributeUpdates: PUT sets, DELETE removes (or takes members out of a set), ADD adds. Null when absent. */
    static List<UpdateAction> attributeUpdates(JsonRequest request) {
        JsonObject updates = request.object("AttributeUpdates");
        if (updates == null) {
            return null;
        }
        List<UpdateAction> actions = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : updates.entrySet()) {
            JsonRequest update = new JsonRequest(entry.getValue().getAsJsonObject());
            String action = update.string("Action") == null ? "PUT" : update.string("Action");
            Value value = update.has("Value") ? ItemJson.readValue(update.json().get("Value")) : null;
            if (value == null && !action.equals("DELETE")) {
                throw DynamoDbError.invalidParameter("Only DELETE action is allowed when no attribute value is specified");
            }
            if (value != null && action.equals("DELETE") && !isSet(value)) {
                throw DynamoDbError.invalidParameter("DELETE action with value is not supported for the type "
                        + value.type());
            }
            if (value != null && action.equals("ADD") && !isSet(value) && !(value instanceof Value.N)
                    && !(value instanceof Value.L)) {
                throw DynamoDbError.invalidParameter("ADD action is not supported for the type " + value.type());
            }
            Path path = Path.of(entry.getKey());
            Operand.ValueOperand operand = new Operand.ValueOperand(":value", value);
            actions.add(switch (action) {
                case "PUT" -> new UpdateAction.Set(path, operand);
                case "ADD" -> value instanceof Value.L ? new UpdateAction.Set(path, new Operand.FunctionCall("list_append",
                        List.of(new Operand.FunctionCall("if_not_exists", List.of(new Operand.PathOperand(path),
                                new Operand.ValueOperand(":empty", new Value.L(List.of())))), operand)))
                        : new UpdateAction.Add(path, operand);
                default -> value == null ? new UpdateAction.Remove(path) : new UpdateAction.Delete(path, operand);
            });
        }
        return actions;
    }

    private static boolean isSet(Value value) {
        return value instanceof Value.SS || value instanceof Value.NS || value instanceof Value.BS;
    }

    private static List<Value> values(JsonArray array) {
        List<Value> values = new ArrayList<>();
        if (array != null) {
            array.forEach(element -> values.add(ItemJson.readValue(element)));
        }
        return values;
    }

    private static void checkCount(String operator, int count) {
        boolean valid = switch (operator) {
            case "NULL", "NOT_NULL" -> count == 0;
            case "BETWEEN" -> count == 2;
            case "IN" -> count > 0;
            default -> count == 1;
        };
        if (!valid) {
            throw DynamoDbError.invalidParameter("Invalid number of argument(s) for the " + operator + " ComparisonOperator");
        }
    }

    private static void checkSameType(List<Value> values) {
        for (Value value : values) {
            if (!value.type().equals(values.get(0).type())) {
                throw DynamoDbError.invalidParameter("AttributeValues inside AttributeValueList must be of same type");
            }
        }
    }

    private static void checkBetween(String operator, List<Value> values) {
        if (operator.equals("BETWEEN") && Values.comparable(values.get(0), values.get(1))
                && Values.compare(values.get(0), values.get(1)) > 0) {
            throw DynamoDbError.validation(
                    "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
        }
    }

    /** The terms as one condition, joined by ConditionalOperator (AND when absent); null when there are none. */
    static Condition combine(Map<String, Term> terms, String conditionalOperator) {
        Condition combined = null;
        for (Map.Entry<String, Term> entry : terms.entrySet()) {
            Condition term = condition(entry.getKey(), entry.getValue());
            combined = combined == null ? term : "OR".equals(conditionalOperator)
                    ? new Condition.Or(combined, term) : new Condition.And(combined, term);
        }
        return combined;
    }

    private static Condition condition(String attribute, Term term) {
        Operand path = new Operand.PathOperand(Path.of(attribute));
        List<Operand> operands = term.values().stream().map(v -> (Operand) new Operand.ValueOperand(":value", v)).toList();
        return switch (term.operator()) {
            case "NULL" -> function("attribute_not_exists", List.of(path));
            case "NOT_NULL" -> function("attribute_exists", List.of(path));
            case "CONTAINS" -> function("contains", List.of(path, operands.get(0)));
            case "NOT_CONTAINS" -> new Condition.Not(function("contains", List.of(path, operands.get(0))));
            case "BEGINS_WITH" -> function("begins_with", List.of(path, operands.get(0)));
            case "IN" -> new Condition.In(path, operands);
            case "BETWEEN" -> new Condition.Between(path, operands.get(0), operands.get(1));
            default -> new Condition.Comparison(COMPARATORS.get(term.operator()), path, operands.get(0));
        };
    }

    private static Condition function(String name, List<Operand> arguments) {
        return new Condition.FunctionCondition(new Operand.FunctionCall(name, arguments));
    }
}
