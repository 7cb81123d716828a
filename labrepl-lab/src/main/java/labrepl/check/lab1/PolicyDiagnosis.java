package labrepl.check.lab1;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import labrepl.check.Verdict;
import labrepl.cloud.s3.policy.Wildcard;

/**
 * Whether a bucket policy lets an anonymous visitor read the page and, when it does not, the
 * usual mistake it shows, named in the words of Task 1.2: principal, action, resource. It reads
 * the statements rather than enforcing them, so a policy that also names IAM roles (as course
 * accounts' policies do) is judged on what it says about visitors. A Deny with a condition is
 * left to the website check, which sees what a visitor really gets.
 */
final class PolicyDiagnosis {

    private final String bucket;
    private final String pageArn;

    PolicyDiagnosis(String bucket) {
        this.bucket = bucket;
        this.pageArn = "arn:aws:s3:::" + bucket + "/" + WebsiteChecks.PAGE;
    }

    Verdict judge(String policyText) {
        List<JsonObject> statements = statements(JsonParser.parseString(policyText).getAsJsonObject());
        boolean denied = statements.stream().anyMatch(statement -> effect(statement, "Deny") && toEveryone(statement)
                && readsPage(statement) && coversPage(statement) && !statement.has("Condition"));
        if (denied) {
            return Verdict.failed("a Deny statement in the bucket policy refuses s3:GetObject to visitors; remove"
                    + " it, since a Deny wins over any Allow");
        }
        List<JsonObject> allows = statements.stream().filter(statement -> effect(statement, "Allow")).toList();
        if (allows.isEmpty()) {
            return Verdict.failed("the bucket policy has no Allow statement; Task 1.2's allows s3:GetObject to"
                    + " everyone");
        }
        List<JsonObject> forEveryone = allows.stream().filter(PolicyDiagnosis::toEveryone).toList();
        if (forEveryone.isEmpty()) {
            return Verdict.failed("the bucket policy allows " + allows.get(0).get("Principal") + " only, but a"
                    + " website visitor is anonymous: the Principal must be \"*\"");
        }
        List<JsonObject> reading = forEveryone.stream().filter(PolicyDiagnosis::readsPage).toList();
        if (reading.isEmpty()) {
            return Verdict.failed("the bucket policy allows " + String.join(", ", strings(forEveryone.get(0)
                    .get("Action"))) + " to everyone, but a visitor's GET needs s3:GetObject");
        }
        List<JsonObject> covering = reading.stream().filter(this::coversPage).toList();
        if (covering.isEmpty()) {
            List<String> resources = reading.stream().flatMap(s -> strings(s.get("Resource")).stream()).toList();
            String objects = "arn:aws:s3:::" + bucket + "/*";
            if (resources.contains("arn:aws:s3:::" + bucket)) {
                return Verdict.failed("the bucket policy allows s3:GetObject on the bucket ARN itself; it needs "
                        + objects);
            }
            return Verdict.failed("the bucket policy allows s3:GetObject on " + String.join(", ", resources)
                    + " only; it needs " + objects + " to cover every object, index.html included");
        }
        if (covering.stream().allMatch(statement -> statement.has("Condition"))) {
            return Verdict.failed("the statement that allows s3:GetObject has a Condition, which a visitor's request"
                    + " may not meet; Task 1.2's policy has none");
        }
        return Verdict.passed();
    }

    private static boolean effect(JsonObject statement, String effect) {
        return effect.equals(string(statement.get("Effect")));
    }

    private static boolean toEveryone(JsonObject statement) {
        JsonElement principal = statement.get("Principal");
        if (principal != null && principal.isJsonObject()) {
            return strings(principal.getAsJsonObject().get("AWS")).contains("*");
        }
        return "*".equals(string(principal));
    }

    private static boolean readsPage(JsonObject statement) {
        return strings(statement.get("Action")).stream()
                .anyMatch(action -> Wildcard.matches(action.equals("*") ? "s3:*" : action, "s3:GetObject", true));
    }

    private boolean coversPage(JsonObject statement) {
        return strings(statement.get("Resource")).stream().anyMatch(resource -> Wildcard.matches(resource, pageArn,
                false));
    }

    private static List<JsonObject> statements(JsonObject document) {
        JsonElement statement = document.get("Statement");
        List<JsonObject> statements = new ArrayList<>();
        if (statement != null && statement.isJsonArray()) {
            statement.getAsJsonArray().forEach(item -> statements.add(item.getAsJsonObject()));
        } else if (statement != null) {
            statements.add(statement.getAsJsonObject());
        }
        return statements;
    }

    /** A policy element that is one string or an array of strings; none when absent. */
    private static List<String> strings(JsonElement element) {
        List<String> values = new ArrayList<>();
        if (element != null && element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> values.add(item.getAsString()));
        } else if (element != null && element.isJsonPrimitive()) {
            values.add(element.getAsString());
        }
        return values;
    }

    private static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }
}
