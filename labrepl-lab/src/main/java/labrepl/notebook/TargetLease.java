package labrepl.notebook;

import labrepl.helpers.Target;

/**
 * The target one notebook runs against, and what to release when it is done (a fresh local
 * cloud is stopped; real AWS or a shared endpoint has nothing to release).
 */
public record TargetLease(Target target, Runnable release) implements AutoCloseable {

    public static TargetLease shared(Target target) {
        return new TargetLease(target, () -> { });
    }

    @Override
    public void close() {
        release.run();
    }
}
