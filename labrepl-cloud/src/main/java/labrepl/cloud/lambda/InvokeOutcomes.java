package labrepl.cloud.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import labrepl.cloud.lambda.environment.InvocationOutcome;
import labrepl.cloud.lambda.environment.InvocationOutcome.Status;
import labrepl.cloud.lambda.function.FunctionConfig;

/**
 * The platform's words for how an invocation ended: the error documents Invoke returns when the
 * function timed out or its runtime exited, and the END and REPORT lines of the log, in AWS's texts.
 */
final class InvokeOutcomes {

    private InvokeOutcomes() {
    }

    static InvokeResult finish(FunctionConfig config, InvocationRecord record, InvocationOutcome outcome) {
        String id = record.requestId();
        byte[] payload;
        String status = null;
        switch (outcome.status()) {
            case SUCCEEDED -> payload = outcome.body();
            case FAILED, INIT_FAILED -> payload = outcome.body();
            case TIMED_OUT, INIT_TIMED_OUT -> {
                String seconds = String.format(Locale.ROOT, "%.2f", outcome.durationMillis() / 1000);
                record.line(DateTimeFormatter.ISO_INSTANT.format(Instant.now()) + " " + id + " Task timed out after "
                        + seconds + " seconds");
                payload = error("Sandbox.Timedout", "RequestId: " + id + " Error: Task timed out after " + seconds
                        + " seconds");
                status = "timeout";
            }
            case EXITED, LOST -> {
                String reason = exitReason(outcome.exitCode());
                record.line("RequestId: " + id + " Error: " + reason);
                record.line("Runtime.ExitError");
                payload = error("Runtime.ExitError", "RequestId: " + id + " Error: " + reason);
                status = "error\tError Type: Runtime.ExitError";
            }
            case RESPONSE_TOO_LARGE -> payload = error("Function.ResponseSizeTooLarge",
                    "Response payload size exceeded maximum allowed payload size (6291556 bytes).");
            default -> throw new IllegalStateException(outcome.status().toString());
        }
        record.line("END RequestId: " + id);
        record.line(report(config, id, outcome, status));
        String functionError = outcome.status() == Status.SUCCEEDED ? null : "Unhandled";
        return new InvokeResult(id, payload, functionError, record.tail());
    }

    /** Runtime exited with error: exit status N / signal: killed, as AWS's platform words it. */
    static String exitReason(int exitCode) {
        if (exitCode == 0) {
            return "Runtime exited without providing a reason";
        }
        if (exitCode > 128) {
            return "Runtime exited with error: signal: " + signalName(exitCode - 128);
        }
        return "Runtime exited with error: exit status " + exitCode;
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 6 -> "aborted";
            case 9 -> "killed";
            case 11 -> "segmentation fault";
            case 15 -> "terminated";
            default -> "signal " + signal;
        };
    }

    private static String report(FunctionConfig config, String id, InvocationOutcome outcome, String status) {
        StringBuilder line = new StringBuilder("REPORT RequestId: ").append(id)
                .append(String.format(Locale.ROOT, "\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB",
                        outcome.durationMillis(), (long) Math.ceil(outcome.durationMillis()), config.memorySize()));
        if (outcome.maxMemoryMegabytes() > 0) {
            line.append("\tMax Memory Used: ").append(outcome.maxMemoryMegabytes()).append(" MB");
        }
        if (outcome.initMillis() != null) {
            line.append(String.format(Locale.ROOT, "\tInit Duration: %.2f ms", outcome.initMillis()));
        }
        line.append('\t');
        if (status != null) {
            line.append("Status: ").append(status);
        }
        return line.toString();
    }

    private static byte[] error(String type, String message) {
        return ("{\"errorType\":\"" + type + "\",\"errorMessage\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
