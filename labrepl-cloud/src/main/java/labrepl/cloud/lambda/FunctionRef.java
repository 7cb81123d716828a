package labrepl.cloud.lambda;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.lambda.function.LambdaException;

/**
 * A {@code FunctionName} as the API takes it — a name, an ARN or a partial ARN, maybe with a
 * qualifier — reduced to the function's name. Only {@code $LATEST} exists locally (no versions
 * or aliases are published), so any other qualifier names nothing.
 */
record FunctionRef(String name, String qualifier) {

    /** The model's FunctionName pattern ([bc] lambda 2015-03-31). */
    private static final String PATTERN_TEXT = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?"
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
    private static final Pattern PATTERN = Pattern.compile(PATTERN_TEXT);

    static FunctionRef parse(String text, String qualifierParameter) {
        Matcher matcher = PATTERN.matcher(text);
        if (text.length() > 140 || !matcher.matches()) {
            throw LambdaException.validation(text, "functionName",
                    "Member must satisfy regular expression pattern: " + PATTERN_TEXT);
        }
        String qualifier = matcher.group(12) != null ? matcher.group(12) : qualifierParameter;
        return new FunctionRef(matcher.group(10), qualifier);
    }

    String arn(CloudIdentity identity) {
        return identity.arn("lambda", "function:" + name);
    }

    /** AWS's not-found error, naming the ARN with the qualifier asked for. */
    LambdaException notFound(CloudIdentity identity) {
        return new LambdaException(404, "ResourceNotFoundException", "Function not found: " + arn(identity)
                + (qualifier == null ? "" : ":" + qualifier), Map.of());
    }

    /** True when the qualifier names the one version that exists locally. */
    boolean isLatest() {
        return qualifier == null || qualifier.equals("$LATEST");
    }
}
