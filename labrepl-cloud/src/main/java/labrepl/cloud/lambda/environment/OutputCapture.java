package labrepl.cloud.lambda.environment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import labrepl.cloud.lambda.bootstrap.JavaRuntime;

/**
 * Reads what an environment's process prints (standard output and error, merged in the order
 * written) line by line, and gives each line to the invocation running at the time, or to the
 * environment's own log between invocations. The runtime's end mark after each invocation says
 * that everything it printed has been read.
 */
final class OutputCapture {

    private final InputStream output;
    private final Consumer<String> environmentLog;
    private final Map<String, CompletableFuture<Void>> marks = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile InvocationLog current;

    OutputCapture(InputStream output, Consumer<String> environmentLog, String name) {
        this.output = output;
        this.environmentLog = environmentLog;
        Thread reader = new Thread(this::read, "lambda-output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    void attach(InvocationLog log) {
        current = log;
    }

    void detach() {
        current = null;
    }

    /** Completes when the runtime's end mark for this request has been read, or the output has ended. */
    CompletableFuture<Void> endOf(String requestId) {
        return marks.computeIfAbsent(requestId, id -> new CompletableFuture<>()).applyToEither(closed, v -> v);
    }

    /** Completes when the process's output has ended (the process is gone). */
    CompletableFuture<Void> closed() {
        return closed;
    }

    private void read() {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        byte[] buffer = new byte[8192];
        try (output) {
            for (int n = output.read(buffer); n != -1; n = output.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        emit(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            // The process is gone; what it printed until then has been passed on.
        } finally {
            if (line.size() > 0) {
                emit(line.toString(StandardCharsets.UTF_8));
            }
            closed.complete(null);
        }
    }

    private void emit(String text) {
        int mark = text.indexOf(JavaRuntime.END_MARK);
        String printed = mark < 0 ? text : text.substring(0, mark);
        if (printed.endsWith("\r")) {
            printed = printed.substring(0, printed.length() - 1);
        }
        if (mark < 0 || !printed.isEmpty()) {
            InvocationLog log = current;
            if (log != null) {
                log.line(printed);
            } else {
                environmentLog.accept(printed);
            }
        }
        if (mark >= 0) {
            String requestId = text.substring(mark + JavaRuntime.END_MARK.length()).strip();
            marks.computeIfAbsent(requestId, id -> new CompletableFuture<>()).complete(null);
        }
    }

    void forget(String requestId) {
        marks.remove(requestId);
    }
}
