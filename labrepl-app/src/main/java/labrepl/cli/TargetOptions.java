package labrepl.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import labrepl.cli.syntax.Arguments;
import labrepl.cli.syntax.Option;
import labrepl.cli.syntax.UsageError;

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

    final boolean aws;
    final URI endpoint;
    final String profile;

    private TargetOptions(Arguments arguments) {
        this.aws = arguments.has("--aws");
        this.endpoint = arguments.has("--endpoint") ? url(arguments.value("--endpoint")) : null;
        this.profile = arguments.value("--profile");
    }

    static TargetOptions from(Arguments arguments) {
        return new TargetOptions(arguments);
    }

    /** The endpoint to use instead of the local cloud: --endpoint, else AWS_ENDPOINT_URL; null for none. */
    URI endpoint(Map<String, String> env) {
        if (endpoint != null) {
            return endpoint;
        }
        String fromEnvironment = env.get("AWS_ENDPOINT_URL");
        return aws || fromEnvironment == null || fromEnvironment.isBlank() ? null : URI.create(fromEnvironment.strip());
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
