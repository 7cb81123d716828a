package labrepl.target;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import labrepl.cloud.DefaultRegion;

/**
 * What the user asked to run against, read from the command line: real AWS ({@code aws}), an
 * endpoint someone else runs, or neither, which means the embedded local cloud; and any service
 * sent to an endpoint of its own. Turns that into targets. As in the AWS SDKs and CLI,
 * {@code AWS_ENDPOINT_URL} stands for an endpoint when none is given, and
 * {@code AWS_ENDPOINT_URL_<SERVICE>} for a service's own endpoint when its option is not given.
 *
 * @param aws              {@code --aws}
 * @param endpoint         {@code --endpoint}, or null
 * @param serviceEndpoints {@code --endpoint-SERVICE}, by service
 * @param profile          {@code --profile}, or null
 * @param region           {@code --region}, or null for the one the AWS CLI would use
 * @param account          {@code --account}: the only AWS account the credentials may belong to, or null
 */
public record TargetChoice(boolean aws, URI endpoint, Map<AwsService, URI> serviceEndpoints, String profile,
                           String region, String account) {

    private static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

    public TargetChoice {
        serviceEndpoints = Map.copyOf(serviceEndpoints);
        if (account != null && !account.matches("[0-9]{12}")) {
            throw new InvalidTargetChoice("--account takes an AWS account id, 12 digits such as 123456789012, not '"
                    + account + "'.");
        }
        if (account != null && !aws) {
            throw new InvalidTargetChoice("--account applies to --aws: the local cloud and other endpoints hold"
                    + " nothing of an AWS account's.");
        }
    }

    /**
     * Real AWS or an endpoint, with the services sent elsewhere; empty for the local cloud.
     *
     * @param env the process environment, where {@code AWS_ENDPOINT_URL} may name an endpoint
     * @throws InvalidTargetChoice when the options contradict each other
     * @throws AwsTarget.NotConfigured when AWS was chosen and there is no region or no credentials
     */
    public Optional<Target> remote(Map<String, String> env) {
        if (aws && endpoint != null) {
            throw new InvalidTargetChoice("--aws and --endpoint name two different targets; choose one.");
        }
        Map<AwsService, URI> services = serviceEndpoints(env);
        if (aws) {
            Optional<URI> inherited = url(env, ENDPOINT_VARIABLE);
            if (inherited.isPresent()) {
                throw new InvalidTargetChoice("--aws, but " + ENDPOINT_VARIABLE + " is set to " + inherited.get()
                        + ", where the AWS SDKs and CLI send every request instead of AWS; unset it to use real AWS,"
                        + " or use that endpoint without --aws.");
            }
            return Optional.of(AwsTarget.resolve(region, profile).withServiceEndpoints(services));
        }
        Optional<URI> chosen = endpoint != null ? Optional.of(endpoint) : url(env, ENDPOINT_VARIABLE);
        if (chosen.isPresent()) {
            return Optional.of(Target.endpoint(chosen.get(), region != null ? region : DefaultRegion.resolve(), profile)
                    .withServiceEndpoints(services));
        }
        if (profile != null) {
            throw new InvalidTargetChoice("--profile applies to --aws or --endpoint; the local cloud accepts any"
                    + " credentials.");
        }
        return Optional.empty();
    }

    /** True when this choice names real AWS or an endpoint, so no local cloud is started. */
    public boolean isRemote(Map<String, String> env) {
        return aws || endpoint != null || url(env, ENDPOINT_VARIABLE).isPresent();
    }

    /** One target for a whole run: the remote one, else the local cloud {@code local} describes, started. */
    public TargetLease lease(LocalCloudTarget local, Map<String, String> env) {
        return remote(env).map(TargetLease::shared)
                .orElseGet(() -> local.startInBackground().withServiceEndpoints(serviceEndpoints(env)));
    }

    /** For notebooks: each gets a fresh, empty in-memory local cloud, unless AWS or an endpoint was chosen. */
    public Supplier<TargetLease> perNotebook(Map<String, String> env) {
        Optional<Target> remote = remote(env);
        if (remote.isPresent()) {
            TargetLease shared = TargetLease.shared(remote.get());
            return () -> shared;
        }
        Map<AwsService, URI> services = serviceEndpoints(env);
        Supplier<TargetLease> fresh = LocalCloudTarget.freshInMemory(region != null ? region : DefaultRegion.resolve());
        return () -> fresh.get().withServiceEndpoints(services);
    }

    /**
     * Refuses real AWS unless {@code --account} names the account that may be changed, so that a
     * script or notebook never deletes anything in another account by accident. Checked before
     * anything starts; {@link #account} then compares it with the credentials.
     *
     * @param command the command, for the message ({@code run})
     */
    public void requireAccountOnAws(String command) {
        if (aws && account == null) {
            throw new InvalidTargetChoice(command + " --aws needs --account ID, the 12-digit id of the account it may"
                    + " change, so that a script or notebook never deletes anything in another account by accident;"
                    + " `aws sts get-caller-identity` shows the account of your credentials.");
        }
    }

    /**
     * On real AWS, the account of the target's credentials, asked of STS (the prompt shows it), which
     * must be the one {@code --account} names when it names one; elsewhere empty.
     *
     * @throws AccountCheckFailed when the credentials belong to another account, or STS cannot say
     */
    public Optional<String> account(Target target) {
        if (target.kind() != Target.Kind.AWS) {
            return Optional.empty();
        }
        String actual;
        try {
            actual = CallerIdentity.accountOf(target);
        } catch (RuntimeException e) {
            throw new AccountCheckFailed("STS GetCallerIdentity at " + target.describe() + " could not say which account"
                    + " the credentials belong to, so nothing was run. (It said: " + e.getMessage() + ")");
        }
        if (account != null && !actual.equals(account)) {
            throw new AccountCheckFailed("--account " + account + ", but the credentials belong to account "
                    + actual + " (STS GetCallerIdentity), so nothing was run. Use credentials of account " + account
                    + " (--profile NAME, say), or name the account you mean.");
        }
        return Optional.of(actual);
    }

    /** Each service's own endpoint: its option, else its {@code AWS_ENDPOINT_URL_<SERVICE>} variable. */
    private Map<AwsService, URI> serviceEndpoints(Map<String, String> env) {
        Map<AwsService, URI> chosen = new EnumMap<>(AwsService.class);
        for (AwsService service : AwsService.values()) {
            url(env, service.environmentVariable()).ifPresent(url -> chosen.put(service, url));
        }
        chosen.putAll(serviceEndpoints);
        return chosen;
    }

    private static Optional<URI> url(Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI url = new URI(value.strip());
            if (url.getScheme() != null && url.getHost() != null) {
                return Optional.of(url);
            }
        } catch (URISyntaxException e) {
            // reported below, with what is accepted
        }
        throw new InvalidTargetChoice(variable + " is set to '" + value + "', which is not a URL such as"
                + " http://127.0.0.1:8000; unset it or correct it.");
    }

    /** The credentials belong to another account than {@code --account} names, or STS could not say whose they are. */
    public static final class AccountCheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AccountCheckFailed(String message) {
            super(message);
        }
    }
}
