package labrepl.target;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import labrepl.cloud.LocalCloud;

/**
 * The embedded local cloud as a target: the port it listens on (0 for a free one), the region it
 * claims and the folder it keeps data in (none: in memory). The one way everything that runs
 * Java against the local cloud starts it: the REPL, {@code run}, {@code verify}, a course's
 * tests and plain {@code jshell}.
 *
 * <pre>{@code
 * try (TargetLease lease = LocalCloudTarget.inMemory("us-west-2").start()) {
 *     URI endpoint = lease.target().endpoint().orElseThrow();
 * }
 * }</pre>
 */
public record LocalCloudTarget(int port, String region, Optional<Path> dataFolder) {

    public LocalCloudTarget {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dataFolder, "dataFolder");
    }

    /** An empty cloud in memory on a free port, gone when the lease is closed. */
    public static LocalCloudTarget inMemory(String region) {
        return new LocalCloudTarget(0, region, Optional.empty());
    }

    /** A fresh {@link #inMemory} cloud for each lease: what each notebook and each tested script gets. */
    public static Supplier<TargetLease> freshInMemory(String region) {
        return () -> inMemory(region).start();
    }

    /** The cloud as configured, for a caller that runs it without a session ({@code labrepl serve}). */
    public LocalCloud.Builder builder() {
        LocalCloud.Builder builder = LocalCloud.builder().port(port).region(region);
        return dataFolder.map(builder::dataFolder).orElseGet(builder::inMemory);
    }

    /** Starts the cloud and returns when it listens; closing the lease stops it. */
    public TargetLease start() {
        LocalCloud cloud = builder().start();
        return TargetLease.of(targetOf(cloud.endpoint()), CompletableFuture.completedFuture(cloud));
    }

    /**
     * Starts the cloud on another thread when its port is known in advance, so that the target, and
     * a session on it, can be set up while the listener starts; {@link TargetLease#awaitReady()}
     * waits for it. On a free port (0) the address is known only once it listens, so this is
     * {@link #start()}.
     */
    public TargetLease startInBackground() {
        if (port == 0) {
            return start();
        }
        return TargetLease.of(targetOf(URI.create("http://127.0.0.1:" + port)),
                CompletableFuture.supplyAsync(() -> builder().start()));
    }

    private Target targetOf(URI endpoint) {
        return Target.localCloud(endpoint, region);
    }
}
