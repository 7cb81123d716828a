package labrepl.cloud.lambda;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import labrepl.cloud.lambda.environment.InvocationLog;
import labrepl.cloud.logs.LogStream;

/**
 * One invocation's part of its environment's log stream, kept also as text for {@code LogType=Tail}:
 * the platform's START line, what the function printed, then the platform's closing lines.
 */
final class InvocationRecord implements InvocationLog {

    /** Invoke's X-Amz-Log-Result holds the last 4 KB of the log. */
    private static final int TAIL_BYTES = 4096;

    private final LogStream stream;
    private final String requestId;
    private final StringBuilder text = new StringBuilder();

    InvocationRecord(LogStream stream, String requestId) {
        this.stream = stream;
        this.requestId = requestId;
    }

    String requestId() {
        return requestId;
    }

    @Override
    public void started() {
        line("START RequestId: " + requestId + " Version: $LATEST");
    }

    @Override
    public synchronized void line(String line) {
        stream.append(System.currentTimeMillis(), line);
        text.append(line).append('\n');
    }

    /** The last 4 KB of this invocation's log, base64, as X-Amz-Log-Result carries it. */
    synchronized String tail() {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = bytes.length <= TAIL_BYTES ? bytes : Arrays.copyOfRange(bytes, bytes.length - TAIL_BYTES, bytes.length);
        return Base64.getEncoder().encodeToString(tail);
    }
}
