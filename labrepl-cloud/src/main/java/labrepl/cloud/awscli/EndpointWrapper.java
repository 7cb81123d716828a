package labrepl.cloud.awscli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A shell function named {@code aws} that gives the CLI, as {@code --endpoint-url}, the endpoint its
 * environment names for the service of the command line: CLIs older than 2.13 (v2) or 1.29 (v1)
 * ignore {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_<SERVICE>} and would talk to real AWS.
 * The service is the first word that is neither an option nor a global option's value
 * ({@code aws --output json dynamodb scan} is {@code dynamodb}).
 */
final class EndpointWrapper {

    /** The CLI's global options that take a value, whose value is not the service. */
    private static final String VALUED_GLOBAL_OPTIONS = "--region|--output|--profile|--endpoint-url|--query|--color"
            + "|--ca-bundle|--cli-read-timeout|--cli-connect-timeout|--cli-binary-format";

    /**
     * The CLI commands of the services whose command is not their variable's name in lower case with
     * dashes (botocore names them after their endpoint, the variable after the service's id).
     */
    private static final Map<String, List<String>> COMMANDS = Map.of(
            "S3", List.of("s3", "s3api"),
            "CLOUDWATCH_LOGS", List.of("logs"),
            "API_GATEWAY", List.of("apigateway"),
            "DYNAMODB_STREAMS", List.of("dynamodbstreams"));

    private EndpointWrapper() {
    }

    /** The CLI commands that call {@code service} (named as its variable ends: {@code S3}, {@code CLOUDWATCH_LOGS}). */
    static List<String> commandsOf(String service) {
        return COMMANDS.getOrDefault(service, List.of(service.toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    /** The function's definition for {@code environment}, to put before a script; empty when it names no endpoint. */
    static String definition(AwsEnvironment environment) {
        if (environment.endpoint().isEmpty() && environment.serviceEndpoints().isEmpty()) {
            return "";
        }
        StringBuilder function = new StringBuilder()
                .append("aws() {\n")
                .append("  local service= skip= word\n")
                .append("  for word in \"$@\"; do\n")
                .append("    if [ -n \"$skip\" ]; then skip=; continue; fi\n")
                .append("    case \"$word\" in\n")
                .append("      ").append(VALUED_GLOBAL_OPTIONS).append(") skip=1 ;;\n")
                .append("      -*) ;;\n")
                .append("      *) service=$word; break ;;\n")
                .append("    esac\n")
                .append("  done\n")
                .append("  case \"$service\" in\n");
        environment.serviceEndpoints().keySet().forEach(service -> function.append("    ")
                .append(String.join("|", commandsOf(service)))
                .append(") command aws --endpoint-url \"$").append(AwsEnvironment.SERVICE_VARIABLE).append(service)
                .append("\" \"$@\" ;;\n"));
        function.append(environment.endpoint().isPresent()
                ? "    *) command aws --endpoint-url \"$AWS_ENDPOINT_URL\" \"$@\" ;;\n"
                : "    *) command aws \"$@\" ;;\n");
        return function.append("  esac\n}\n").toString();
    }
}
