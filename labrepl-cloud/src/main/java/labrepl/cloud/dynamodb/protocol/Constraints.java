package labrepl.cloud.dynamodb.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects violations of the service model's member constraints and reports them the way
 * DynamoDB does, all in one ValidationException:
 * {@code 2 validation errors detected: Value 'ab' at 'tableName' failed to satisfy
 * constraint: Member must have length greater than or equal to 3; Value ...}.
 */
public final class Constraints {

    private static final int MAX_LISTED = 10;

    private final List<String> violations = new ArrayList<>();

    public Constraints notNull(String path, Object value) {
        if (value == null) {
            add(path, null, "Member must not be null");
        }
        return this;
    }

    public Constraints length(String path, String value, int min, int max) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length < min) {
                add(path, value, "Member must have length greater than or equal to " + min);
            } else if (length > max) {
                add(path, value, "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    public Constraints size(String path, Collection<?> value, int min, int max, String shown) {
        if (value != null) {
            if (value.size() < min) {
                add(path, shown, "Member must have length greater than or equal to " + min);
            } else if (value.size() > max) {
                add(path, shown, "Member must have length less than or equal to " + max);
            }
        }
        return this;
    }

    public Constraints pattern(String path, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(path, value, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return this;
    }

    public Constraints range(String path, Long value, long min, long max) {
        if (value != null) {
            if (value < min) {
                add(path, value.toString(), "Member must have value greater than or equal to " + min);
            } else if (value > max) {
                add(path, value.toString(), "Member must have value less than or equal to " + max);
            }
        }
        return this;
    }

    /** {@code allowed} in the order DynamoDB lists them in its message. */
    public Constraints oneOf(String path, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            add(path, value, "Member must satisfy enum value set: " + allowed);
        }
        return this;
    }

    private void add(String path, String value, String constraint) {
        String shown = value == null ? "null" : "'" + value + "'";
        violations.add("Value " + shown + " at '" + path + "' failed to satisfy constraint: " + constraint);
    }

    /** Throws the ValidationException for what was collected; DynamoDB lists at most ten violations. */
    public void throwIfViolated() {
        if (!violations.isEmpty()) {
            List<String> listed = violations.subList(0, Math.min(MAX_LISTED, violations.size()));
            int n = listed.size();
            throw DynamoDbError.validation(n + " validation error" + (n == 1 ? "" : "s") + " detected: "
                    + String.join("; ", listed));
        }
    }
}
