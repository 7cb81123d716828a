package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** A closed cloud leaves nothing of its functions behind: no runtime process, no Runtime API port, no thread. */
@Tag("process")
class ClosingTheCloudTest {

    private static final Pattern IDENTITY = Pattern.compile("pid=(\\d+) api=127\\.0\\.0\\.1:(\\d+)");

    /** One environment of a function: its process and its Runtime API's port. */
    private record Environment(long pid, int port) {
        static Optional<Environment> in(String log) {
            Matcher matcher = IDENTITY.matcher(log);
            return matcher.find() ? Optional.of(new Environment(Long.parseLong(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)))) : Optional.empty();
        }
    }

    @Test
    void closingTheCloudEndsIdleAndBusyEnvironmentsAndTheirRuntimeApis() throws Exception {
        Environment idle;
        Environment busy;
        try (TestCloud cloud = TestCloud.inMemory()) {
            for (String name : List.of("ClosedIdle", "ClosedBusy")) {
                cloud.lambda().createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17)
                        .role(JavaFunctionTest.ROLE).handler(Behaviours.class.getName() + "::identifyThenSleep")
                        .timeout(120).code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
            }
            String tail = new String(Base64.getDecoder().decode(cloud.lambda().invoke(b -> b.functionName("ClosedIdle")
                    .logType(LogType.TAIL).payload(SdkBytes.fromUtf8String("{\"millis\":0}"))).logResult()),
                    StandardCharsets.UTF_8);
            idle = Environment.in(tail).orElseThrow(() -> new AssertionError("no identity in the log: " + tail));
            assertEquals(202, cloud.lambda().invoke(b -> b.functionName("ClosedBusy").invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{\"millis\":600000}"))).statusCode());
            busy = awaitValue(() -> cloud.logs().filterLogEvents(b -> b.logGroupName("/aws/lambda/ClosedBusy")
                    .filterPattern("pid")).events().stream().map(e -> Environment.in(e.message()))
                    .flatMap(Optional::stream).findFirst());
            assertTrue(alive(idle.pid()) && alive(busy.pid()), "both environments run before the close");
        }
        for (Environment environment : List.of(idle, busy)) {
            await(() -> !alive(environment.pid()));
            assertThrows(ConnectException.class, () -> connect(environment.port()),
                    "the Runtime API of process " + environment.pid() + " still listens");
        }
        await(() -> Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .noneMatch(name -> name.startsWith("runtime-api-Closed")));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        }
    }

    /** Waits, a minute at most, for something the cloud does in the background (a log line, a thread ending). */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        awaitValue(() -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }

    private static <T> T awaitValue(Supplier<Optional<T>> probe) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still not so after a minute");
    }
}
