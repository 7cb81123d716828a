package labrepl.cloud.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bodies stream to disk and back: 256 MiB goes through a JVM whose whole heap is 64 MiB. */
@Tag("process")
class StreamingUploadTest {

    private static final long BODY = 256L * 1024 * 1024;

    @Test
    void anUploadFourTimesLargerThanTheHeapStreamsThroughTheLocalCloud() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
                "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                StreamingUploadProbe.class.getName(), Long.toString(BODY)))
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = probe.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(probe.waitFor(5, TimeUnit.MINUTES), "the probe ended");
        assertEquals(0, probe.exitValue(), output);
        assertTrue(output.strip().lines().reduce((a, b) -> b).orElse("").startsWith("ok "), output);
    }
}
