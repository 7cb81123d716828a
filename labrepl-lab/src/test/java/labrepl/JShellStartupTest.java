package labrepl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** jshell-startup.jsh gives the plain {@code jshell} tool the helpers and a local cloud, as README shows. */
@Tag("process")
class JShellStartupTest {

    @Test
    void theHelpersWorkInPlainJshell() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        ProcessBuilder builder = new ProcessBuilder(List.of(jshell.toString(), "--class-path",
                System.getProperty("java.class.path"), "--startup", "DEFAULT", "--startup", "jshell-startup.jsh",
                "--feedback", "concise"))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().put("AWS_REGION", "eu-west-1");
        Process process = builder.start();
        process.getOutputStream().write(("s3.createBucket(b -> b.bucket(\"lab-site\")"
                + ".createBucketConfiguration(c -> c.locationConstraint(region())))\n"
                + "System.out.println(\"buckets \" + s3.listBuckets().buckets().size() + \" at \""
                + " + websiteUrl(\"lab-site\").getHost())\n"
                + "/exit\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("buckets 1 at lab-site.s3-website-eu-west-1.localhost"), output);
    }
}
