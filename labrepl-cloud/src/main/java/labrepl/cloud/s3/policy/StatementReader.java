package labrepl.cloud.s3.policy;

import static labrepl.cloud.s3.policy.BucketPolicy.isString;
import static labrepl.cloud.s3.policy.BucketPolicy.malformed;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import labrepl.cloud.s3.protocol.S3Error;

/** Reads and checks one statement of a bucket policy, with S3's MalformedPolicy messages. */
final class StatementReader {

    private static final String ARN_PREFIX = "arn:aws:s3:::";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ROOT_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):root");

    private final String bucket;

    StatementReader(String bucket) {
        this.bucket = bucket;
    }

    Statement read(JsonObject statement) {
        Map<String, JsonElement> members = statement.asMap();
        for (String name : members.keySet()) {
            if (!name.matches("Sid|Effect|Principal|NotPrincipal|Action|NotAction|Resource|NotResource|Condition")) {
                throw malformed("Invalid policy syntax.");
            }
            if (name.startsWith("Not") && members.containsKey(name.substring(3))) {
                throw malformed("Invalid policy syntax.");
            }
        }
        boolean allow = effect(members.get("Effect"));
        boolean notPrincipal = members.containsKey("NotPrincipal");
        JsonElement principal = notPrincipal ? members.get("NotPrincipal") : members.get("Principal");
        if (principal == null) {
            throw malformed("Missing required field Principal");
        }
        Set<String> accounts = new LinkedHashSet<>();
        boolean everyone = principals(principal, accounts);
        boolean notAction = members.containsKey("NotAction");
        List<String> actions = strings(notAction ? members.get("NotAction") : members.get("Action"), "Action",
                "Policy has invalid action");
        for (String action : actions) {
            if (S3Actions.ALL.stream().noneMatch(known -> namesAction(action, known))) {
                throw malformed("Policy has invalid action");
            }
        }
        boolean notResource = members.containsKey("NotResource");
        List<String> resources = strings(notResource ? members.get("NotResource") : members.get("Resource"),
                "Resource", "Policy has invalid resource");
        for (String resource : resources) {
            checkResource(resource);
        }
        if (!notAction && !notResource) {
            checkActionsApply(actions, resources);
        }
        List<Condition> conditions = members.containsKey("Condition")
                ? conditions(members.get("Condition")) : List.of();
        return new Statement(allow, everyone, Set.copyOf(accounts), notPrincipal, actions, notAction, resources,
                notResource, conditions);
    }

    private static boolean effect(JsonElement effect) {
        if (effect == null) {
            throw malformed("Missing required field Effect");
        }
        if (!isString(effect)) {
            throw malformed("Invalid policy syntax.");
        }
        return switch (effect.getAsString()) {
            case "Allow" -> true;
            case "Deny" -> false;
            default -> throw malformed("Invalid effect: " + effect.getAsString());
        };
    }

    /**
     * Reads a Principal into {@code accounts}; true when it names everyone. The local cloud has
     * accounts but no IAM users or roles, so a principal naming one names nothing that exists,
     * which S3 refuses as it refuses a deleted user.
     */
    private static boolean principals(JsonElement principal, Set<String> accounts) {
        if (isString(principal)) {
            if (principal.getAsString().equals("*")) {
                return true;
            }
            throw malformed("Invalid principal in policy");
        }
        if (!principal.isJsonObject() || principal.getAsJsonObject().size() == 0) {
            throw malformed("Invalid principal in policy");
        }
        boolean everyone = false;
        for (Map.Entry<String, JsonElement> entry : principal.getAsJsonObject().entrySet()) {
            List<String> values = strings(entry.getValue(), "Principal", "Invalid principal in policy");
            switch (entry.getKey()) {
                case "AWS" -> {
                    for (String value : values) {
                        if (value.equals("*")) {
                            everyone = true;
                        } else {
                            accounts.add(account(value));
                        }
                    }
                }
                case "Service", "CanonicalUser", "Federated" -> {
                    if (values.contains("*")) {
                        throw malformed("Invalid principal in policy");
                    }
                }
                default -> throw malformed("Invalid principal in policy");
            }
        }
        return everyone;
    }

    private static String account(String value) {
        if (ACCOUNT_ID.matcher(value).matches()) {
            return value;
        }
        var root = ROOT_ARN.matcher(value);
        if (root.matches()) {
            return root.group(1);
        }
        throw malformed("Invalid principal in policy");
    }

    /** A string or an array of strings, as every element of a statement may be. */
    private static List<String> strings(JsonElement element, String field, String invalid) {
        if (element == null) {
            throw malformed("Missing required field " + field);
        }
        List<String> values = new ArrayList<>();
        if (isString(element)) {
            values.add(element.getAsString());
        } else if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                if (!isString(item)) {
                    throw malformed(invalid);
                }
                values.add(item.getAsString());
            }
        } else {
            throw malformed(invalid);
        }
        if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
            throw malformed(invalid);
        }
        return values;
    }

    private static boolean namesAction(String pattern, S3Actions.Action action) {
        String wanted = pattern.equals("*") ? "s3:*" : pattern;
        return wanted.toLowerCase(Locale.ROOT).startsWith("s3:") && Wildcard.matches(wanted, action.name(), true);
    }

    /** A resource must be an S3 ARN whose bucket part can be this policy's bucket. */
    private void checkResource(String resource) {
        if (!resource.startsWith(ARN_PREFIX) || resource.length() == ARN_PREFIX.length()) {
            throw malformed("Policy has invalid resource");
        }
        String rest = resource.substring(ARN_PREFIX.length());
        int slash = rest.indexOf('/');
        String named = slash < 0 ? rest : rest.substring(0, slash);
        if (!Wildcard.matches(named, bucket, false)) {
            throw malformed("Policy has invalid resource");
        }
    }

    /** Each action must name an action on a kind of resource (bucket, object) the statement's resources reach. */
    private static void checkActionsApply(List<String> actions, List<String> resources) {
        Set<S3Actions.Kind> reached = EnumSet.noneOf(S3Actions.Kind.class);
        for (String resource : resources) {
            String rest = resource.substring(ARN_PREFIX.length());
            if (!rest.contains("/")) {
                reached.add(S3Actions.Kind.BUCKET);
            }
            if (rest.contains("/") || rest.contains("*")) {
                reached.add(S3Actions.Kind.OBJECT);
            }
        }
        for (String action : actions) {
            boolean applies = S3Actions.ALL.stream()
                    .anyMatch(known -> namesAction(action, known) && reached.contains(known.kind()));
            if (!applies) {
                throw malformed("Action does not apply to any resource(s) in statement");
            }
        }
    }

    private static List<Condition> conditions(JsonElement element) {
        if (!element.isJsonObject()) {
            throw malformed("Invalid policy syntax.");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonElement> byOperator : element.getAsJsonObject().entrySet()) {
            String written = byOperator.getKey();
            boolean forAll = written.startsWith("ForAllValues:");
            String base = written.replaceFirst("^(ForAllValues|ForAnyValue):", "");
            boolean ifExists = base.endsWith("IfExists") && !base.equals("IfExists");
            String name = ifExists ? base.substring(0, base.length() - "IfExists".length()) : base;
            Optional<ConditionOperator> operator = ConditionOperator.named(name)
                    .filter(found -> !(ifExists && found == ConditionOperator.NULL));
            if (operator.isEmpty()) {
                throw malformed("Invalid Condition type : " + written);
            }
            if (!byOperator.getValue().isJsonObject()) {
                throw malformed("Invalid policy syntax.");
            }
            for (Map.Entry<String, JsonElement> byKey : byOperator.getValue().getAsJsonObject().entrySet()) {
                if (!S3Actions.knownConditionKey(byKey.getKey())) {
                    throw malformed("Policy has an invalid condition key");
                }
                List<String> values = conditionValues(byKey.getValue(), operator.get());
                conditions.add(new Condition(operator.get(), ifExists, forAll,
                        byKey.getKey().toLowerCase(Locale.ROOT), values));
            }
        }
        return conditions;
    }

    /** Condition values: strings, numbers or booleans, one or an array. */
    private static List<String> conditionValues(JsonElement element, ConditionOperator operator) {
        List<JsonElement> items = new ArrayList<>();
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(items::add);
        } else {
            items.add(element);
        }
        List<String> values = new ArrayList<>();
        for (JsonElement item : items) {
            if (!item.isJsonPrimitive()) {
                throw malformed("Invalid policy syntax.");
            }
            String value = item.getAsString();
            if (!operator.accepts(value)) {
                throw invalidValue(operator);
            }
            values.add(value);
        }
        if (values.isEmpty()) {
            throw malformed("Invalid policy syntax.");
        }
        return values;
    }

    private static S3Error invalidValue(ConditionOperator operator) {
        if (operator == ConditionOperator.IP_ADDRESS || operator == ConditionOperator.NOT_IP_ADDRESS) {
            return malformed("Invalid IP address in Conditions");
        }
        return malformed("Invalid value in Conditions for operator " + operator.written());
    }
}
