package labrepl.check.lab3;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import labrepl.check.Check;
import labrepl.check.TargetReader;
import labrepl.check.Verdict;
import labrepl.cloud.s3.policy.Wildcard;
import software.amazon.awssdk.services.apigatewayv2.model.Api;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Whether a function's resource policy lets API Gateway invoke it for the lab's API: the console
 * adds the statement when "grant API Gateway permission" is on, the CLI with {@code lambda
 * add-permission}. Without it a route answers 500.
 */
final class PermissionChecks {

    private PermissionChecks() {
    }

    static Check.Probe invokableByTheApi(String function, String method) {
        return target -> {
            try {
                target.lambda().getFunctionConfiguration(b -> b.functionName(function));
            } catch (ResourceNotFoundException e) {
                return Verdict.failed("there is no function " + function + " for the API to invoke; Lab 2 makes it");
            }
            Api api = CustomerApi.of(target);
            String sourceArn = "arn:aws:execute-api:" + target.region() + ":" + target.accountId() + ":" + api.apiId()
                    + "/$default/" + method + "/" + function;
            String grant = "add one for the principal apigateway.amazonaws.com with the source ARN arn:aws:execute-api:"
                    + target.region() + ":" + target.accountId() + ":" + api.apiId() + "/*";
            String policy;
            try {
                policy = target.lambda().getPolicy(b -> b.functionName(function)).policy();
            } catch (ResourceNotFoundException e) {
                return Verdict.failed("the function " + function + " has no permission for API Gateway to invoke it; "
                        + grant);
            }
            List<JsonObject> forApiGateway = statements(policy).stream().filter(PermissionChecks::toApiGateway)
                    .toList();
            if (forApiGateway.isEmpty()) {
                return Verdict.failed("the policy of " + function + " does not let API Gateway invoke it; " + grant);
            }
            boolean thisApi = forApiGateway.stream().anyMatch(statement -> sourceArnPattern(statement)
                    .map(pattern -> Wildcard.matches(pattern, sourceArn, false)).orElse(true));
            if (!thisApi) {
                return Verdict.failed(function + " lets API Gateway invoke it only from "
                        + String.join(", ", forApiGateway.stream().map(s -> sourceArnPattern(s).orElse("")).toList())
                        + ", not from customer-app (" + api.apiId() + "); " + grant);
            }
            return Verdict.passed();
        };
    }

    private static boolean toApiGateway(JsonObject statement) {
        if (!"Allow".equals(string(statement.get("Effect")))) {
            return false;
        }
        JsonElement principal = statement.get("Principal");
        boolean apigateway = principal != null && principal.isJsonObject()
                && "apigateway.amazonaws.com".equals(string(principal.getAsJsonObject().get("Service")));
        String action = string(statement.get("Action"));
        return apigateway && ("lambda:InvokeFunction".equals(action) || "lambda:*".equals(action));
    }

    /** The {@code AWS:SourceArn} a statement is limited to; empty when it is not limited. */
    private static Optional<String> sourceArnPattern(JsonObject statement) {
        if (!statement.has("Condition")) {
            return Optional.empty();
        }
        for (var byOperator : statement.getAsJsonObject("Condition").entrySet()) {
            for (var byKey : byOperator.getValue().getAsJsonObject().entrySet()) {
                if (byKey.getKey().equalsIgnoreCase("AWS:SourceArn")) {
                    return Optional.ofNullable(string(byKey.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    private static List<JsonObject> statements(String policy) {
        List<JsonObject> statements = new ArrayList<>();
        JsonElement all = JsonParser.parseString(policy).getAsJsonObject().get("Statement");
        if (all != null && all.isJsonArray()) {
            all.getAsJsonArray().forEach(statement -> statements.add(statement.getAsJsonObject()));
        } else if (all != null) {
            statements.add(all.getAsJsonObject());
        }
        return statements;
    }

    private static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }
}
