package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import labrepl.cli.syntax.CommandSyntax;
import labrepl.target.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target options of the REPL, run and verify: conflicts are one line and exit code 2; a missing
 * AWS setup is one paragraph; the banner says where each client goes.
 */
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
        for (String option : List.of("--aws", "--endpoint=URL", "--endpoint-SERVICE=URL", "--profile=NAME",
                "--account=ID", "--yes", "--region=NAME", "--in-memory", "--data=DIR", "--port=N", "serve")) {
            assertTrue(out.toString().contains(option), option + " in\n" + out);
        }
        assertFalse(out.toString().contains("--endpoint-dynamodb"), "the services' options are one entry:\n" + out);
    }

    @Test
    void anUnknownServiceIsNamedWithTheKnownOnes() {
        String[] result = run("--endpoint-dynamo", "http://127.0.0.1:8000");
        assertEquals("2", result[0]);
        assertTrue(result[1].startsWith("labrepl: unknown SERVICE 'dynamo' in '--endpoint-dynamo'; SERVICE is one of"
                + " dynamodb, s3, sts, lambda, apigatewayv2, iam, cloudwatch-logs"), result[1]);
    }

    @Test
    void scriptsAndNotebooksOnAwsNeedTheAccountBeforeAnythingStarts(@TempDir Path folder) throws IOException {
        Path script = Files.writeString(folder.resolve("cleanup.jsh"), "dynamodb.listTables()\n");
        String[] run = run("run", "--aws", script.toString());
        assertEquals("2", run[0]);
        assertTrue(run[1].startsWith("labrepl: run --aws needs --account ID, the 12-digit id of the account it may"
                + " change"), run[1]);
        String[] verify = run("verify", "--aws", "--yes", folder.toString());
        assertEquals("2", verify[0]);
        assertTrue(verify[1].startsWith("labrepl: verify --aws needs --account ID"), verify[1]);
    }

    @Test
    void anAccountIsTwelveDigitsForAws() {
        assertTrue(run("--aws", "--account", "42")[1].startsWith("labrepl: --account takes an AWS account id, 12 digits"));
        assertTrue(run("--account", "123456789012")[1].startsWith("labrepl: --account applies to --aws"));
    }

    @Test
    void theBannerNamesTheAccountAndTheRegionOnAws() {
        CloudOptions cloud = CloudOptions.from(CloudOptions.addTo(
                CommandSyntax.builder("labrepl")).build().parse(List.of()));
        List<String> banner = ReplLauncher.banner(Target.aws("us-west-2", null),
                Optional.of("123456789012"), cloud, false);
        assertTrue(banner.get(0).endsWith(": DynamoDB and S3 on real AWS, account 123456789012, us-west-2"),
                banner.get(0));
        assertEquals("Deleting asks you first, once per kind of call (DeleteTable, DeleteBucket, ...); --yes does not"
                + " ask.", banner.get(2));
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
