package labrepl.cli;

import java.net.URI;
import java.util.function.Supplier;
import labrepl.cli.syntax.UsageError;
import labrepl.cloud.DefaultRegion;
import labrepl.cloud.LocalCloud;
import labrepl.helpers.Target;
import labrepl.notebook.TargetLease;

/**
 * Turns the target options of {@code verify} and {@code run} into targets: real AWS, an
 * endpoint, or the embedded local cloud, which this class starts (and the lease stops).
 */
final class TargetChoice {

    private TargetChoice() {
    }

    /** For notebooks: each gets a fresh, empty in-memory local cloud, unless AWS or an endpoint was chosen. */
    static Supplier<TargetLease> perNotebook(TargetOptions options, String region) {
        Target remote = remote(options, region);
        if (remote != null) {
            TargetLease shared = TargetLease.shared(remote);
            return () -> shared;
        }
        return () -> local(LocalCloud.builder().port(0).inMemory().region(region));
    }

    /** For a replay: one target for every script, the local cloud as {@code cloudOptions} say. */
    static TargetLease forReplay(TargetOptions options, CloudOptions cloudOptions) {
        Target remote = remote(options, cloudOptions.region);
        return remote != null ? TargetLease.shared(remote) : local(cloudOptions.builder());
    }

    private static TargetLease local(LocalCloud.Builder builder) {
        LocalCloud cloud = builder.start();
        return new TargetLease(Target.localCloud(cloud.endpoint(), cloud.identity().region()), cloud::close);
    }

    /** Real AWS or an endpoint (--endpoint, else AWS_ENDPOINT_URL); null for the local cloud. */
    static Target remote(TargetOptions options, String region) {
        if (options.aws && options.endpoint != null) {
            throw new UsageError("--aws and --endpoint name two different targets; choose one.");
        }
        if (options.aws) {
            return AwsTargetCheck.resolve(region, options.profile);
        }
        URI endpoint = options.endpoint(System.getenv());
        if (endpoint != null) {
            return Target.endpoint(endpoint, region != null ? region : DefaultRegion.resolve(), options.profile);
        }
        if (options.profile != null) {
            throw new UsageError("--profile applies to --aws or --endpoint; the local cloud accepts any credentials.");
        }
        return null;
    }
}
