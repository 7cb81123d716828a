package labrepl.cloud.lambda.environment;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import labrepl.cloud.lambda.environment.InvocationOutcome.Status;

/**
 * One execution environment: a runtime process of its own, started on the first event, that
 * takes events through its own Runtime API, one at a time. Whatever the function does — loop,
 * exit, run out of memory — ends this process only; the environment then reports it and is
 * not used again.
 */
public final class ExecutionEnvironment implements AutoCloseable {

    /**
     * AWS's limit on a function's init phase. An init that takes longer is given the invocation's
     * timeout as well, as AWS retries a slow init within the first invoke.
     */
    static final Duration INIT_LIMIT = Duration.ofSeconds(10);
    /** How long the platform waits for what the runtime printed once it has answered. */
    private static final Duration OUTPUT_GRACE = Duration.ofSeconds(2);

    private final RuntimeApiServer api;
    private final Process process;
    private final OutputCapture output;
    private final long startedNanos;
    private volatile boolean initialised;
    private volatile boolean retired;
    private volatile long lastUsedNanos;
    private long peakMegabytes = -1;

    private ExecutionEnvironment(RuntimeApiServer api, Process process, OutputCapture output, long startedNanos) {
        this.api = api;
        this.process = process;
        this.output = output;
        this.startedNanos = startedNanos;
        this.lastUsedNanos = startedNanos;
    }

    /** Starts the runtime's process; its init phase runs while the caller hands it the first event. */
    public static ExecutionEnvironment start(LaunchSpec spec, Consumer<String> environmentLog) throws IOException {
        RuntimeApiServer api = new RuntimeApiServer(spec.name());
        try {
            ProcessBuilder builder = new ProcessBuilder(spec.command())
                    .directory(spec.taskRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            Map<String, String> variables = builder.environment();
            variables.clear();
            variables.putAll(spec.environment());
            variables.put("AWS_LAMBDA_RUNTIME_API", api.address());
            long started = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            OutputCapture output = new OutputCapture(process.getInputStream(), environmentLog, spec.name());
            return new ExecutionEnvironment(api, process, output, started);
        } catch (IOException | RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** Runs one event to its end; never throws for anything the function does. */
    public InvocationOutcome invoke(InvocationRequest request, InvocationLog log) {
        PendingInvocation pending = new PendingInvocation(request, log);
        output.attach(log);
        try {
            api.offer(pending);
            Double initMillis = null;
            if (!initialised) {
                InvocationOutcome failed = awaitInit(request.timeout());
                if (failed != null) {
                    return failed;
                }
                initMillis = (System.nanoTime() - startedNanos) / 1e6;
            }
            return run(pending, initMillis);
        } finally {
            output.detach();
            api.forget(pending);
            output.forget(request.requestId());
            lastUsedNanos = System.nanoTime();
        }
    }

    /** Null when the runtime is ready for events, else how its start failed. */
    private InvocationOutcome awaitInit(Duration timeout) {
        try {
            CompletableFuture.anyOf(api.ready(), api.initError(), process.onExit())
                    .get(INIT_LIMIT.plus(timeout).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop();
            return outcome(Status.INIT_TIMED_OUT, null, null, timeout.toMillis(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return outcome(Status.LOST, null, null, 0, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        double initMillis = (System.nanoTime() - startedNanos) / 1e6;
        if (api.initError().isDone()) {
            RuntimeReply reply = api.initError().join();
            stop();
            return outcome(Status.INIT_FAILED, reply.body(), reply.errorType(), 0, initMillis);
        }
        if (!api.ready().isDone()) {
            awaitOutput();
            retired = true;
            return outcome(Status.EXITED, null, null, 0, initMillis);
        }
        initialised = true;
        return null;
    }

    private InvocationOutcome run(PendingInvocation pending, Double initMillis) {
        long pickedUp;
        try {
            CompletableFuture.anyOf(pending.pickedUp(), process.onExit()).get();
            if (!pending.pickedUp().isDone()) {
                retired = true;
                return outcome(Status.LOST, null, null, 0, initMillis);
            }
            pickedUp = pending.pickedUp().join();
            long deadline = pickedUp + pending.timeout().toNanos();
            CompletableFuture.anyOf(pending.reply(), process.onExit())
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop();
            return outcome(Status.TIMED_OUT, null, null, pending.timeout().toMillis(), initMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return outcome(Status.LOST, null, null, 0, initMillis);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        double millis = (System.nanoTime() - pickedUp) / 1e6;
        if (!pending.reply().isDone()) {
            awaitOutput();
            retired = true;
            return outcome(Status.EXITED, null, null, millis, initMillis);
        }
        RuntimeReply reply = pending.reply().join();
        // Past the grace, or when the function closed its standard output, its log ends where the output did.
        waitAtMost(output.endOf(pending.requestId()), OUTPUT_GRACE);
        if (reply.isTooLarge()) {
            return outcome(Status.RESPONSE_TOO_LARGE, null, null, millis, initMillis);
        }
        return outcome(reply.success() ? Status.SUCCEEDED : Status.FAILED, reply.body(), reply.errorType(), millis,
                initMillis);
    }

    private InvocationOutcome outcome(Status status, byte[] body, String errorType, double millis, Double initMillis) {
        long peak = ProcessMemory.peakMegabytes(process.pid());
        if (peak > 0) {
            peakMegabytes = peak;
        }
        int exitCode = process.isAlive() ? 0 : process.exitValue();
        return new InvocationOutcome(status, body, errorType, exitCode, millis, initMillis, peakMegabytes);
    }

    /** True while the environment may take another event. */
    public boolean isUsable() {
        return !retired && process.isAlive();
    }

    /** Nanoseconds ({@link System#nanoTime()}) of the end of the last event, or of the start. */
    public long lastUsedNanos() {
        return lastUsedNanos;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Asks the runtime to end (SIGTERM), as a JVM must be ended to write what it recorded at exit,
     * and waits for it; stops it by force if it does not end in time.
     */
    public void terminate() {
        retired = true;
        process.destroy();
        waitAtMost(process.onExit(), Duration.ofSeconds(10)); // ended by force below when it did not end
        close();
    }

    /** Ends the process at once and waits for what it printed; the environment is not used again. */
    public void stop() {
        retired = true;
        process.destroyForcibly();
        waitAtMost(process.onExit(), OUTPUT_GRACE); // a process that outlives SIGKILL is the kernel's to reap
        awaitOutput();
    }

    private void awaitOutput() {
        waitAtMost(output.closed(), OUTPUT_GRACE); // a child the function started may hold the pipe open
    }

    /** Waits for {@code step} no longer than {@code limit}; the caller goes on whether it ended, failed or not. */
    private static void waitAtMost(CompletableFuture<?> step, Duration limit) {
        try {
            step.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Not ended in time, or ended badly: either way there is nothing more to wait for.
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
        api.close();
    }
}
