package labrepl.target;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import labrepl.cloud.DefaultRegion;

/**
 * What the user asked to run against, read from the command line: real AWS ({@code aws}), an
 * endpoint someone else runs, or neither, which means the embedded local cloud. Turns that into
 * targets; {@code AWS_ENDPOINT_URL} stands for an endpoint when none is given.
 *
 * @param aws      {@code --aws}
 * @param endpoint {@code --endpoint}, or null
 * @param profile  {@code --profile}, or null
 * @param region   {@code --region}, or null for the one the AWS CLI would use
 */
public record TargetChoice(boolean aws, URI endpoint, String profile, String region) {

    /**
     * Real AWS or an endpoint; empty for the local cloud.
     *
     * @param env the process environment, where {@code AWS_ENDPOINT_URL} may name an endpoint
     * @throws InvalidTargetChoice when the options contradict each other
     * @throws AwsTarget.NotConfigured when AWS was chosen and there is no region or no credentials
     */
    public Optional<Target> remote(Map<String, String> env) {
        if (aws && endpoint != null) {
            throw new InvalidTargetChoice("--aws and --endpoint name two different targets; choose one.");
        }
        if (aws) {
            return Optional.of(AwsTarget.resolve(region, profile));
        }
        Optional<URI> chosen = endpointOrEnvironment(env);
        if (chosen.isPresent()) {
            return Optional.of(Target.endpoint(chosen.get(), region != null ? region : DefaultRegion.resolve(), profile));
        }
        if (profile != null) {
            throw new InvalidTargetChoice("--profile applies to --aws or --endpoint; the local cloud accepts any"
                    + " credentials.");
        }
        return Optional.empty();
    }

    /** True when this choice names real AWS or an endpoint, so no local cloud is started. */
    public boolean isRemote(Map<String, String> env) {
        return aws || endpointOrEnvironment(env).isPresent();
    }

    /** One target for a whole run: the remote one, else the local cloud {@code local} describes, started. */
    public TargetLease lease(LocalCloudTarget local, Map<String, String> env) {
        return remote(env).map(TargetLease::shared).orElseGet(local::startInBackground);
    }

    /** For notebooks: each gets a fresh, empty in-memory local cloud, unless AWS or an endpoint was chosen. */
    public Supplier<TargetLease> perNotebook(Map<String, String> env) {
        Optional<Target> remote = remote(env);
        if (remote.isPresent()) {
            TargetLease shared = TargetLease.shared(remote.get());
            return () -> shared;
        }
        return LocalCloudTarget.freshInMemory(region != null ? region : DefaultRegion.resolve());
    }

    private Optional<URI> endpointOrEnvironment(Map<String, String> env) {
        if (endpoint != null || aws) {
            return Optional.ofNullable(endpoint);
        }
        String fromEnvironment = env.get("AWS_ENDPOINT_URL");
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            return Optional.empty();
        }
        try {
            URI url = new URI(fromEnvironment.strip());
            if (url.getScheme() != null && url.getHost() != null) {
                return Optional.of(url);
            }
        } catch (URISyntaxException e) {
            // reported below, with what is accepted
        }
        throw new InvalidTargetChoice("AWS_ENDPOINT_URL is set to '" + fromEnvironment + "', which is not a URL such as"
                + " http://127.0.0.1:8000; unset it to use the local cloud.");
    }
}
