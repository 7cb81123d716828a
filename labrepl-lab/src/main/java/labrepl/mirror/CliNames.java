package labrepl.mirror;

import java.util.regex.Pattern;

/**
 * The AWS CLI's names for operations and parameters: the model's CamelCase names in kebab case,
 * split as botocore splits them ({@code ListObjectsV2} is {@code list-objects-v2},
 * {@code SSESpecification} is {@code sse-specification}, a plural acronym such as {@code ACLs}
 * stays one word).
 */
final class CliNames {

    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s$");

    private CliNames() {
    }

    static String kebab(String camel) {
        if (camel.contains("-")) {
            return camel;
        }
        String name = camel;
        var plural = PLURAL_ACRONYM.matcher(name);
        if (plural.find()) {
            name = name.substring(0, plural.start()) + "-" + plural.group().toLowerCase(java.util.Locale.ROOT);
        }
        String split = FIRST_CAP.matcher(name).replaceAll("$1-$2");
        return END_CAP.matcher(split).replaceAll("$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
