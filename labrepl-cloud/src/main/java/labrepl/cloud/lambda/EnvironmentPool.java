package labrepl.cloud.lambda;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import labrepl.cloud.lambda.function.LambdaException;

/**
 * The environments of one version of one function's code and configuration: a warm one is
 * reused, another is started while all are busy, up to the concurrency limit, beyond which
 * the invoke is throttled as AWS throttles it. A retired pool (the function changed or was
 * deleted) stops each environment as soon as it is idle.
 */
final class EnvironmentPool {

    private final Deque<Sandbox> idle = new ArrayDeque<>();
    private final int limit;
    private final boolean reserved;
    private int busy;
    private boolean retired;

    /** @param reserved true when {@code limit} is the function's reserved concurrency */
    EnvironmentPool(int limit, boolean reserved) {
        this.limit = limit;
        this.reserved = reserved;
    }

    /**
     * A warm environment, or a new one from {@code starter}.
     *
     * @throws LambdaException TooManyRequestsException when {@code limit} environments are busy
     */
    Sandbox acquire(Supplier<Sandbox> starter) {
        List<Sandbox> dead = new ArrayList<>();
        try {
            synchronized (this) {
                while (!idle.isEmpty()) {
                    Sandbox warm = idle.pollLast();
                    if (warm.environment().isUsable()) {
                        busy++;
                        return warm;
                    }
                    dead.add(warm);
                }
                if (busy >= limit) {
                    throw LambdaException.throttled(reserved ? "ReservedFunctionConcurrentInvocationLimitExceeded"
                            : "ConcurrentInvocationLimitExceeded");
                }
                busy++;
            }
        } finally {
            // Outside the lock: closing waits for the process and its Runtime API, and other invokes need the pool.
            dead.forEach(s -> s.environment().close());
        }
        try {
            return starter.get();
        } catch (RuntimeException e) {
            synchronized (this) {
                busy--;
            }
            throw e;
        }
    }

    void release(Sandbox sandbox) {
        boolean keep;
        synchronized (this) {
            busy--;
            keep = !retired && sandbox.environment().isUsable();
            if (keep) {
                idle.addLast(sandbox);
            }
        }
        if (!keep) {
            sandbox.environment().close();
        }
    }

    /** Stops environments idle since before {@code idleSinceNanos}. */
    void reap(long idleSinceNanos) {
        List<Sandbox> stale = new ArrayList<>();
        synchronized (this) {
            idle.removeIf(s -> {
                boolean old = s.environment().lastUsedNanos() < idleSinceNanos || !s.environment().isUsable();
                if (old) {
                    stale.add(s);
                }
                return old;
            });
        }
        stale.forEach(s -> s.environment().close());
    }

    /** No new events; idle environments stop now, busy ones when they finish. */
    void retire() {
        List<Sandbox> stopping;
        synchronized (this) {
            retired = true;
            stopping = new ArrayList<>(idle);
            idle.clear();
        }
        stopping.forEach(s -> s.environment().close());
    }

    synchronized int size() {
        return busy + idle.size();
    }
}
