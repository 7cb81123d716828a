package labrepl.cloud.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.lambda.environment.ExecutionEnvironment;
import labrepl.cloud.lambda.environment.InvocationOutcome.Status;
import labrepl.cloud.lambda.environment.InvocationOutcome;
import labrepl.cloud.lambda.environment.InvocationRequest;
import labrepl.cloud.lambda.function.FunctionConfig;
import labrepl.cloud.lambda.function.LambdaException;
import labrepl.cloud.logs.LogStore;
import labrepl.cloud.logs.LogStream;

/**
 * Runs functions: finds or starts an environment in the function's pool, hands it the event,
 * turns the outcome into what Invoke answers, and writes the platform's log lines. Idle
 * environments are stopped after a while, as AWS reclaims them.
 */
final class FunctionRunner implements AutoCloseable {

    static final int DEFAULT_CONCURRENCY = 10;
    static final Duration IDLE_LIMIT = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(FunctionRunner.class.getName());
    private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final int LOST_RETRIES = 3;

    private final FunctionLauncher launcher;
    private final LogStore logs;
    private final Map<String, PoolVersion> pools = new ConcurrentHashMap<>();
    private final Set<Sandbox> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService events;
    private final ScheduledExecutorService reaper;
    private volatile boolean closed;

    FunctionRunner(FunctionLauncher launcher, LogStore logs) {
        this.launcher = launcher;
        this.logs = logs;
        this.events = Executors.newCachedThreadPool(daemon("lambda-event"));
        this.reaper = Executors.newSingleThreadScheduledExecutor(daemon("lambda-reaper"));
        reaper.scheduleWithFixedDelay(() -> reapIdle(IDLE_LIMIT), 30, 30, TimeUnit.SECONDS);
    }

    /** Runs one event synchronously (RequestResponse). */
    InvokeResult invoke(FunctionConfig config, Path taskRoot, byte[] payload, String functionArn) {
        for (int attempt = 0; ; attempt++) {
            EnvironmentPool pool = pool(config);
            Sandbox sandbox = pool.acquire(() -> start(config, taskRoot));
            InvocationRecord record = new InvocationRecord(sandbox.log(), UUID.randomUUID().toString());
            InvocationOutcome outcome;
            try {
                outcome = sandbox.environment().invoke(new InvocationRequest(record.requestId(), payload, functionArn,
                        traceId(), Duration.ofSeconds(config.timeout())), record);
            } finally {
                pool.release(sandbox);
                if (!sandbox.environment().isUsable()) {
                    running.remove(sandbox);
                }
            }
            if (outcome.status() == Status.LOST && attempt < LOST_RETRIES && !closed) {
                continue;
            }
            return InvokeOutcomes.finish(config, record, outcome);
        }
    }

    /** Queues an event (Event invocation): it runs when an environment is free, as AWS's internal queue does. */
    void invokeLater(FunctionConfig config, Path taskRoot, byte[] payload, String functionArn) {
        events.execute(() -> {
            long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (true) {
                try {
                    invoke(config, taskRoot, payload, functionArn);
                    return;
                } catch (LambdaException throttled) {
                    if (System.nanoTime() > giveUp || throttled.status() != 429) {
                        LOG.log(Level.INFO, "Dropped an Event invocation of " + config.name() + ": " + throttled.getMessage());
                        return;
                    }
                    sleep(50);
                }
            }
        });
    }

    private EnvironmentPool pool(FunctionConfig config) {
        String version = config.revisionId() + "/" + config.reservedConcurrency();
        List<PoolVersion> replaced = new ArrayList<>(1);
        PoolVersion current = pools.compute(config.name(), (name, existing) -> {
            if (existing != null && existing.version().equals(version)) {
                return existing;
            }
            if (existing != null) {
                replaced.add(existing);
            }
            Integer reserved = config.reservedConcurrency();
            return new PoolVersion(version, new EnvironmentPool(reserved == null ? DEFAULT_CONCURRENCY : reserved,
                    reserved != null));
        });
        // Retired outside compute: stopping its idle environments takes a while, and holds up no other invoke.
        replaced.forEach(old -> old.pool().retire());
        return current.pool();
    }

    private Sandbox start(FunctionConfig config, Path taskRoot) {
        if (closed) {
            throw shuttingDown();
        }
        String streamName = LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE) + "/[$LATEST]"
                + UUID.randomUUID().toString().replace("-", "");
        LogStream stream = logs.group("/aws/lambda/" + config.name()).stream(streamName);
        try {
            ExecutionEnvironment environment = ExecutionEnvironment.start(launcher.spec(config, taskRoot, streamName),
                    line -> stream.append(System.currentTimeMillis(), line));
            Sandbox sandbox = new Sandbox(environment, stream);
            running.add(sandbox);
            if (closed) {
                // close() ran while this one started, after it had stopped the others.
                running.remove(sandbox);
                environment.close();
                throw shuttingDown();
            }
            return sandbox;
        } catch (IOException | UncheckedIOException e) {
            throw new LambdaException(500, "ServiceException", "The local cloud could not start an environment for "
                    + config.name() + ": " + e.getMessage(), Map.of());
        }
    }

    private static LambdaException shuttingDown() {
        return new LambdaException(500, "ServiceException", "The local cloud is shutting down.", Map.of());
    }

    /** The function changed or is gone: its environments stop once idle, new events get new ones. */
    void forget(String functionName) {
        PoolVersion removed = pools.remove(functionName);
        if (removed != null) {
            removed.pool().retire();
        }
    }

    void reapIdle(Duration idleFor) {
        long before = System.nanoTime() - idleFor.toNanos();
        pools.values().forEach(p -> p.pool().reap(before));
        running.removeIf(s -> !s.environment().isUsable());
    }

    /** Environments alive now, busy or idle. */
    int liveEnvironments() {
        running.removeIf(s -> !s.environment().isUsable());
        return running.size();
    }

    private static String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%024x;Parent=%016x;Sampled=0", System.currentTimeMillis() / 1000,
                random.nextLong() & 0xffffffffffffL, random.nextLong());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        closed = true;
        reaper.shutdownNow();
        events.shutdownNow();
        pools.values().forEach(p -> p.pool().retire());
        running.forEach(s -> s.environment().close());
        running.clear();
    }

    private record PoolVersion(String version, EnvironmentPool pool) {
    }
}
