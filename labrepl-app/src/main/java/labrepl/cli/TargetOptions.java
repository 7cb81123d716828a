package labrepl.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.UsageError;
import labrepl.target.TargetChoice;

/**
 * Which service the learner's clients talk to, for every command that runs Java against a target:
 * the embedded local cloud (default), an endpoint someone else runs, or real AWS.
 */
final class TargetOptions {

    static final List<Option> OPTIONS = List.of(
            Option.flag("--aws", "Use real AWS: the default credential chain (as the AWS CLI), region from --region,"
                    + " AWS_REGION or the profile."),
            Option.valued("--endpoint", "URL", "Use a compatible endpoint someone already runs (DynamoDB Local,"
                    + " LocalStack, moto). Default: AWS_ENDPOINT_URL when it is set."),
            Option.valued("--profile", "NAME", "AWS profile for credentials and region (with --aws or --endpoint)."));

    private TargetOptions() {
    }

    /** The target the options name; {@code region} is the command's --region (null when not given). */
    static TargetChoice choice(Arguments arguments, String region) {
        URI endpoint = arguments.has("--endpoint") ? url(arguments.value("--endpoint")) : null;
        return new TargetChoice(arguments.has("--aws"), endpoint, arguments.value("--profile"), region);
    }

    private static URI url(String value) {
        try {
            URI url = new URI(value);
            if (url.getScheme() != null && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, with an example of what is accepted
        }
        throw new UsageError("--endpoint takes a URL such as http://127.0.0.1:8000, not '" + value + "'");
    }
}
