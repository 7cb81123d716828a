package labrepl.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.OptionFamily;
import labrepl.cli.syntax.UsageError;
import labrepl.helpers.clients.Confirmation;
import labrepl.target.AwsService;
import labrepl.target.TargetChoice;

/**
 * Which service the learner's clients talk to, for every command that runs Java against a target:
 * the embedded local cloud (default), an endpoint someone else runs, or real AWS; an endpoint per
 * service; and the rails on real AWS (the account it may change, deleting without asking).
 */
final class TargetOptions {

    private static final String ENDPOINT_PREFIX = "--endpoint-";

    private static final List<Option> OPTIONS = List.of(
            Option.flag("--aws", "Use real AWS: the default credential chain (as the AWS CLI), region from --region,"
                    + " AWS_REGION or the profile."),
            Option.valued("--endpoint", "URL", "Use a compatible endpoint someone already runs (DynamoDB Local,"
                    + " LocalStack, moto). Default: AWS_ENDPOINT_URL when it is set."),
            Option.valued("--profile", "NAME", "AWS profile for credentials and region (with --aws or --endpoint)."),
            Option.valued("--account", "ID", "Start only if the credentials belong to this AWS account (asked of STS)."
                    + " Required by run and verify with --aws."),
            Option.flag("--yes", "On real AWS, delete without asking first (for scripts; without it, the REPL asks"
                    + " before the first deletion of each kind, and run and verify fail at it)."));

    private static final OptionFamily SERVICE_ENDPOINTS = new OptionFamily(ENDPOINT_PREFIX, "SERVICE",
            AwsService.optionNames(), "URL", "Send one service's requests to URL (DynamoDB Local for dynamodb,"
            + " say); the others still go to the local cloud, --endpoint or AWS. SERVICE: "
            + String.join(", ", AwsService.optionNames()) + ". Default: AWS_ENDPOINT_URL_<SERVICE>, e.g."
            + " AWS_ENDPOINT_URL_DYNAMODB.");

    private TargetOptions() {
    }

    /** Adds these options to a command. */
    static CommandSyntax.Builder addTo(CommandSyntax.Builder syntax) {
        return syntax.options(OPTIONS).family(SERVICE_ENDPOINTS);
    }

    /** The target the options name; {@code region} is the command's --region (null when not given). */
    static TargetChoice choice(Arguments arguments, String region) {
        URI endpoint = arguments.has("--endpoint") ? url("--endpoint", arguments.value("--endpoint")) : null;
        Map<AwsService, URI> services = new EnumMap<>(AwsService.class);
        for (AwsService service : AwsService.values()) {
            String option = ENDPOINT_PREFIX + service.optionName();
            if (arguments.has(option)) {
                services.put(service, url(option, arguments.value(option)));
            }
        }
        return new TargetChoice(arguments.has("--aws"), endpoint, services, arguments.value("--profile"), region,
                arguments.value("--account"));
    }

    /** For run and verify, which cannot ask: --yes allows deletions on real AWS, else they fail. */
    static Confirmation unattended(Arguments arguments) {
        return arguments.has("--yes") ? Confirmation.YES : Confirmation.NO_TERMINAL;
    }

    private static URI url(String option, String value) {
        try {
            URI url = new URI(value);
            if (url.getScheme() != null && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, with an example of what is accepted
        }
        throw new UsageError(option + " takes a URL such as http://127.0.0.1:8000, not '" + value + "'");
    }
}
