package labrepl.cloud.lambda;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import labrepl.cloud.lambda.LambdaInvoker.Caller;
import labrepl.cloud.lambda.function.LambdaException;
import labrepl.cloud.s3.policy.Wildcard;

/**
 * A function's resource policy: the statements AddPermission writes, the document GetPolicy
 * shows, and the check AWS makes when a service (API Gateway) invokes the function.
 */
final class FunctionPolicy {

    private FunctionPolicy() {
    }

    /** The statement AddPermission adds, as AWS writes it. */
    static JsonObject statement(FunctionRequest request, String functionArn) {
        String sid = required(request, "StatementId", "statementId");
        String action = required(request, "Action", "action");
        String principal = required(request, "Principal", "principal");
        if (!sid.matches("([a-zA-Z0-9-_.]+)") || sid.length() > 100) {
            throw LambdaException.validation(sid, "statementId", "Member must satisfy regular expression pattern:"
                    + " ([a-zA-Z0-9-_.]+)");
        }
        if (!action.matches("(lambda:[*]|lambda:[a-zA-Z]+|[*])")) {
            throw LambdaException.validation(action, "action", "Member must satisfy regular expression pattern:"
                    + " (lambda:[*]|lambda:[a-zA-Z]+|[*])");
        }
        JsonObject statement = new JsonObject();
        statement.addProperty("Sid", sid);
        statement.addProperty("Effect", "Allow");
        statement.add("Principal", principal(principal));
        statement.addProperty("Action", action);
        statement.addProperty("Resource", functionArn);
        JsonObject condition = new JsonObject();
        if (request.has("SourceAccount")) {
            condition.add("StringEquals", single("AWS:SourceAccount", request.text("SourceAccount")));
        }
        if (request.has("SourceArn")) {
            condition.add("ArnLike", single("AWS:SourceArn", request.text("SourceArn")));
        }
        if (condition.size() > 0) {
            statement.add("Condition", condition);
        }
        return statement;
    }

    private static String required(FunctionRequest request, String member, String wireName) {
        String value = request.text(member);
        if (value == null) {
            throw LambdaException.validation("null", wireName, "Member must not be null");
        }
        return value;
    }

    private static JsonElement principal(String principal) {
        if (principal.equals("*")) {
            return new com.google.gson.JsonPrimitive("*");
        }
        if (principal.matches("\\d{12}")) {
            return single("AWS", "arn:aws:iam::" + principal + ":root");
        }
        if (principal.startsWith("arn:")) {
            return single("AWS", principal);
        }
        return single("Service", principal);
    }

    private static JsonObject single(String key, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(key, value);
        return object;
    }

    static String sid(String statement) {
        return JsonParser.parseString(statement).getAsJsonObject().get("Sid").getAsString();
    }

    /** GetPolicy's document. */
    static String document(List<String> statements) {
        JsonObject policy = new JsonObject();
        policy.addProperty("Version", "2012-10-17");
        policy.addProperty("Id", "default");
        JsonArray array = new JsonArray();
        statements.forEach(s -> array.add(JsonParser.parseString(s)));
        policy.add("Statement", array);
        return policy.toString();
    }

    /** True when some statement lets {@code caller} invoke the function. */
    static boolean allows(List<String> statements, Caller caller, String accountId) {
        for (String text : statements) {
            JsonObject statement = JsonParser.parseString(text).getAsJsonObject();
            if (invokes(statement.get("Action").getAsString()) && principalMatches(statement.get("Principal"), caller)
                    && conditionsHold(statement.getAsJsonObject("Condition"), caller, accountId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean invokes(String action) {
        return action.equals("*") || action.equals("lambda:*") || action.equals("lambda:InvokeFunction");
    }

    private static boolean principalMatches(JsonElement principal, Caller caller) {
        if (principal.isJsonPrimitive()) {
            return principal.getAsString().equals("*");
        }
        JsonElement service = principal.getAsJsonObject().get("Service");
        return service != null && service.getAsString().equals(caller.principal());
    }

    private static boolean conditionsHold(JsonObject condition, Caller caller, String accountId) {
        if (condition == null) {
            return true;
        }
        for (Map.Entry<String, JsonElement> operator : condition.entrySet()) {
            for (Map.Entry<String, JsonElement> test : operator.getValue().getAsJsonObject().entrySet()) {
                String expected = test.getValue().getAsString();
                String actual = test.getKey().equalsIgnoreCase("AWS:SourceArn") ? caller.sourceArn()
                        : test.getKey().equalsIgnoreCase("AWS:SourceAccount") ? accountId : null;
                if (actual == null || !Wildcard.matches(expected, actual, false)) {
                    return false;
                }
            }
        }
        return true;
    }
}
