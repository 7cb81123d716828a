package labrepl.cloud.s3.policy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.s3.protocol.S3Error;

/**
 * A bucket policy, read and checked as S3 checks one on PutBucketPolicy (MalformedPolicy
 * with S3's messages), and judged as IAM documents: an applying Deny wins over any Allow.
 */
public final class BucketPolicy {

    /** The subresource name, and the key the policy text is stored under. */
    public static final String SUBRESOURCE = "policy";

    private static final int MAX_BYTES = 20 * 1024;
    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> FIXING_KEYS = Set.of("aws:sourcearn", "aws:sourcevpc", "aws:sourcevpce",
            "aws:sourceowner", "aws:sourceaccount", "aws:principalorgid", "aws:principalarn", "aws:principalaccount",
            "aws:userid", "s3:dataaccesspointarn", "s3:dataaccesspointaccount");
    private static final Set<ConditionOperator> EQUALITY = Set.of(ConditionOperator.STRING_EQUALS,
            ConditionOperator.STRING_EQUALS_IGNORE_CASE, ConditionOperator.STRING_LIKE, ConditionOperator.ARN_EQUALS,
            ConditionOperator.ARN_LIKE);

    /** What a policy says about one request. */
    public enum Decision { ALLOW, DENY, NOT_MENTIONED }

    private final List<Statement> statements;

    private BucketPolicy(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    /**
     * Reads a policy document for {@code bucket}.
     *
     * @throws S3Error MalformedPolicy, with the message S3 gives for the first fault found
     */
    public static BucketPolicy parse(String text, String bucket) {
        String document = text.strip();
        if (!document.startsWith("{")) {
            throw malformed("Policies must be valid JSON and the first byte must be '{'");
        }
        if (document.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw malformed("Normalized policy document exceeds the maximum allowed size of 20480 bytes");
        }
        JsonObject root;
        try {
            root = JsonParser.parseString(document).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw malformed("This policy contains invalid Json");
        }
        JsonElement statementElement = null;
        for (Map.Entry<String, JsonElement> member : root.entrySet()) {
            switch (member.getKey()) {
                case "Version" -> {
                    if (!isString(member.getValue()) || !VERSIONS.contains(member.getValue().getAsString())) {
                        throw malformed("The policy must contain a valid version string");
                    }
                }
                case "Id" -> {
                    if (!isString(member.getValue())) {
                        throw malformed("Invalid policy syntax.");
                    }
                }
                case "Statement" -> statementElement = member.getValue();
                default -> throw malformed("Invalid policy syntax.");
            }
        }
        if (statementElement == null) {
            throw malformed("Missing required field Statement");
        }
        List<JsonElement> items = new ArrayList<>();
        if (statementElement.isJsonArray()) {
            statementElement.getAsJsonArray().forEach(items::add);
        } else if (statementElement.isJsonObject()) {
            items.add(statementElement);
        } else {
            throw malformed("Invalid policy syntax.");
        }
        if (items.isEmpty()) {
            throw malformed("Could not parse the policy: Statement is empty!");
        }
        StatementReader reader = new StatementReader(bucket);
        List<Statement> statements = new ArrayList<>();
        for (JsonElement item : items) {
            if (!item.isJsonObject()) {
                throw malformed("Invalid policy syntax.");
            }
            statements.add(reader.read(item.getAsJsonObject()));
        }
        return new BucketPolicy(statements);
    }

    /** An explicit Deny if any applying statement denies, else Allow if any allows. */
    public Decision evaluate(AccessRequest request) {
        Decision decision = Decision.NOT_MENTIONED;
        for (Statement statement : statements) {
            if (statement.applies(request)) {
                if (!statement.allow()) {
                    return Decision.DENY;
                }
                decision = Decision.ALLOW;
            }
        }
        return decision;
    }

    /**
     * Whether S3 counts this policy as public: it allows something to everyone, unless each
     * such statement confines requests to fixed values of a source or principal key, or to an
     * address range no wider than /8 (IPv4) or /32 (IPv6).
     */
    public boolean isPublic() {
        return statements.stream().anyMatch(statement -> statement.allow() && statement.everyone()
                && !statement.notPrincipal() && statement.conditions().stream().noneMatch(BucketPolicy::confines));
    }

    private static boolean confines(Condition condition) {
        if (condition.satisfiedWithoutKey()) {
            return false;
        }
        if (condition.key().equals("aws:sourceip")) {
            return condition.operator() == ConditionOperator.IP_ADDRESS && condition.values().stream()
                    .allMatch(value -> ConditionOperator.Cidr.parse(value)
                            .map(cidr -> cidr.prefix() >= (cidr.isIpv4() ? 8 : 32)).orElse(false));
        }
        return FIXING_KEYS.contains(condition.key()) && EQUALITY.contains(condition.operator())
                && condition.values().stream().noneMatch(value -> Wildcard.hasWildcard(value) || value.contains("${"));
    }

    static boolean isString(JsonElement element) {
        return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
    }

    static S3Error malformed(String message) {
        return new S3Error(400, "MalformedPolicy", message);
    }
}
