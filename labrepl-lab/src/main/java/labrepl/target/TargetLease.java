package labrepl.target;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import labrepl.cloud.LocalCloud;

/**
 * A target and what to release when it is no longer used: a local cloud started for it is
 * stopped; real AWS or an endpoint someone else runs has nothing to release.
 *
 * <pre>{@code
 * try (TargetLease lease = LocalCloudTarget.inMemory("us-west-2").start()) {
 *     Session.builder(lease.target()).start();
 * }
 * }</pre>
 */
public final class TargetLease implements AutoCloseable {

    private final Target target;
    private final CompletableFuture<LocalCloud> cloud;

    private TargetLease(Target target, CompletableFuture<LocalCloud> cloud) {
        this.target = Objects.requireNonNull(target);
        this.cloud = cloud;
    }

    /** A target this process does not run, shared by everyone who leases it. */
    public static TargetLease shared(Target target) {
        return new TargetLease(target, CompletableFuture.completedFuture(null));
    }

    /** A local cloud that is starting (or has started) and is {@code target}; closing the lease stops it. */
    static TargetLease of(Target target, CompletableFuture<LocalCloud> cloud) {
        return new TargetLease(target, cloud);
    }

    public Target target() {
        return target;
    }

    /** The same lease, its target sending {@code endpoints}' services to them; closing either stops the same cloud. */
    public TargetLease withServiceEndpoints(Map<AwsService, URI> endpoints) {
        return endpoints.isEmpty() ? this : new TargetLease(target.withServiceEndpoints(endpoints), cloud);
    }

    /**
     * Waits until the target answers: a local cloud started in the background is listening.
     *
     * @throws labrepl.cloud.http.PortInUseException when its port is taken
     * @throws labrepl.cloud.storage.DataStoreException when its data folder cannot be used
     */
    public void awaitReady() {
        try {
            cloud.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Stops the local cloud started for this lease, once it is up if it is still starting. */
    @Override
    public void close() {
        cloud.whenComplete((started, failed) -> {
            if (started != null) {
                started.close();
            }
        }).exceptionally(failed -> null).join();
    }
}
