package labrepl.cli;

import java.net.URI;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which service the learner's clients talk to, for every command that runs Java against a target:
 * the embedded local cloud (default), an endpoint someone else runs, or real AWS.
 */
final class TargetOptions {

    @Option(names = "--aws", description = "Use real AWS: the default credential chain (as the AWS CLI), region from"
            + " --region, AWS_REGION or the profile.")
    boolean aws;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Use a compatible endpoint someone already runs"
            + " (DynamoDB Local, LocalStack, moto). Default: AWS_ENDPOINT_URL when it is set.")
    URI endpoint;

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile for credentials and region"
            + " (with --aws or --endpoint).")
    String profile;

    /** The endpoint to use instead of the local cloud: --endpoint, else AWS_ENDPOINT_URL; null for none. */
    URI endpoint(Map<String, String> env) {
        if (endpoint != null) {
            return endpoint;
        }
        String fromEnvironment = env.get("AWS_ENDPOINT_URL");
        return aws || fromEnvironment == null || fromEnvironment.isBlank() ? null : URI.create(fromEnvironment.strip());
    }
}
