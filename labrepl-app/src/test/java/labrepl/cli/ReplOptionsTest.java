package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL's target options: conflicts are one line and exit code 2; a missing AWS setup is one paragraph. */
class ReplOptionsTest {

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void awsAndEndpointTogetherAreRefused() {
        String[] result = run("--aws", "--endpoint", "http://127.0.0.1:1");
        assertEquals("2", result[0]);
        assertEquals("labrepl: --aws and --endpoint name two different targets; choose one.\n", result[1]);
    }

    @Test
    void localCloudOptionsWithAnotherTargetAreRefused() {
        String[] result = run("--endpoint", "http://127.0.0.1:1", "--in-memory");
        assertEquals("2", result[0]);
        assertTrue(result[1].startsWith("labrepl: --port, --data and --in-memory configure the local cloud"), result[1]);
    }

    @Test
    void aProfileWithoutAwsOrEndpointIsRefused() {
        String[] result = run("--profile", "lab");
        assertEquals("2", result[0]);
        assertTrue(result[1].contains("--profile applies to --aws or --endpoint"), result[1]);
    }

    @Test
    void helpListsTheTargetOptions() {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
        for (String option : List.of("--aws", "--endpoint=URL", "--profile=NAME", "--region=NAME", "--in-memory",
                "--data=DIR", "--port=N", "serve")) {
            assertTrue(out.toString().contains(option), option + " in\n" + out);
        }
    }

    @Test
    @Tag("process")
    void awsWithoutARegionExplainsHowToSetOne(@TempDir Path home) throws Exception {
        String[] result = labreplInEmptyEnvironment(home, Map.of(), "--aws");
        assertEquals("1", result[0]);
        assertTrue(result[1].startsWith("labrepl --aws needs a region"), result[1]);
        assertTrue(result[1].contains("--region us-west-2"), result[1]);
        assertFalse(result[1].contains("\tat "), "no stack trace: " + result[1]);
    }

    @Test
    @Tag("process")
    void awsWithoutCredentialsExplainsWhereTheyAreLookedFor(@TempDir Path home) throws Exception {
        String[] result = labreplInEmptyEnvironment(home, Map.of("AWS_REGION", "us-west-2"), "--aws");
        assertEquals("1", result[0]);
        assertTrue(result[1].startsWith("labrepl --aws found no AWS credentials."), result[1]);
        assertTrue(result[1].contains("AWS_ACCESS_KEY_ID"), result[1]);
        assertFalse(result[1].contains("\tat "), "no stack trace: " + result[1]);
        assertEquals(1, result[1].strip().split("\n").length, "one paragraph: " + result[1]);
    }

    /** Runs labrepl in a JVM of its own, with no AWS settings but {@code extra}, and no network lookups. */
    private static String[] labreplInEmptyEnvironment(Path home, Map<String, String> extra, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Duser.home=" + home, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.putAll(extra);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        return new String[] {String.valueOf(process.exitValue()), output};
    }
}
