package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import labrepl.check.Labs;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code labrepl check} as a learner and an instructor run it: on the REPL's cloud, on its data folder, for a class. */
class CheckCommandTest {

    @TempDir
    Path folder;

    private final CommandLine labrepl = new CommandLine();

    /** A port nothing listens on, so that check reads the data folder rather than a running cloud. */
    private static String quietPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        }
    }

    @Test
    @Tag("process")
    void theLabScriptsCompleteEveryLabAndCheckReadsTheirDataFolderWhenNoCloudRuns() throws Exception {
        Path data = folder.resolve("data");
        String port = quietPort();
        List<String> run = new ArrayList<>(List.of("run", "--data", data.toString(), "--port", port, "--region",
                "us-west-2"));
        try (var scripts = Files.list(Path.of("lab-scripts"))) {
            scripts.filter(script -> script.toString().endsWith(".jsh")).sorted().forEach(script -> run.add(script.toString()));
        }
        assertEquals(0, VerifyCommandTest.run(new StringWriter(), run.toArray(String[]::new)), "the lab scripts replay");

        int exit = labrepl.run("check", "all", "--data", data.toString(), "--port", port, "--region", "us-west-2");

        assertEquals(0, exit, labrepl.out() + labrepl.err());
        String report = labrepl.out();
        assertTrue(report.startsWith("Checking the local cloud at http://127.0.0.1:" + port + ", us-west-2\n"), report);
        assertTrue(report.contains("  passed   1.2  a bucket policy that lets anyone read the objects\n"), report);
        int checks = Labs.all().stream().mapToInt(lab -> lab.checks().size()).sum();
        assertTrue(report.endsWith(checks + " checks: " + checks + " passed\n"), report);
    }

    @Test
    void onTheCloudTheReplRunsMissingTasksAreHintedAndTheExitCodeSaysSo() throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            cloud.s3().createBucket(b -> b.bucket("customerswebsite-us-west-2-000000000000")
                    .createBucketConfiguration(c -> c.locationConstraint("us-west-2")));
            Path junit = folder.resolve("grades/learner.xml");

            int exit = labrepl.run("check", "lab1", "--port", String.valueOf(cloud.endpoint().getPort()), "--region",
                    "us-west-2", "--junit", junit.toString());

            assertEquals(1, exit);
            String report = labrepl.out();
            assertTrue(report.contains("  passed   1.1  the bucket customerswebsite-REGION-ACCOUNT_ID, in the lab's"
                    + " region\n"), report);
            assertTrue(report.contains("  FAILED   1.1  Block Public Access off for the bucket\n"
                    + "                Block Public Access is still on for the bucket"), report);
            assertTrue(report.contains("  FAILED   2.1  the table LabCustomers with the partition key ID (String)\n"
                    + "                there is no table LabCustomers in us-west-2"), report);
            assertTrue(report.endsWith("9 checks: 1 passed, 6 failed, 2 blocked\n"), report);
            assertTrue(Files.readString(junit).contains("<testsuite name=\"lab1 on the local cloud at "), "JUnit XML written");
            assertEquals(0, cloud.s3().listObjectsV2(b -> b.bucket("customerswebsite-us-west-2-000000000000"))
                    .keyCount(), "nothing was changed");
        }
    }

    @Test
    void jsonIsForPrograms() throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            int exit = labrepl.run("check", "all", "--json", "--endpoint", cloud.endpoint().toString(),
                    "--region", "us-west-2");

            assertEquals(1, exit);
            JsonObject grade = JsonParser.parseString(labrepl.out()).getAsJsonObject();
            assertEquals(false, grade.get("passed").getAsBoolean());
            assertEquals("the endpoint " + cloud.endpoint() + ", us-west-2", grade.get("target").getAsString());
            JsonObject visit = grade.getAsJsonArray("labs").get(0).getAsJsonObject().getAsJsonArray("checks").get(5)
                    .getAsJsonObject();
            assertEquals("website-answers", visit.get("id").getAsString());
            assertEquals("blocked", visit.get("status").getAsString());
        }
    }

    @Test
    void withNoCloudRunningAndNoDataThereIsNothingToCheck() throws Exception {
        int exit = labrepl.run("check", "--port", quietPort(), "--data", folder.resolve("none").toString());

        assertEquals(1, exit);
        assertTrue(labrepl.err().startsWith("labrepl check: nothing to check. No local cloud answers on 127.0.0.1:"),
                labrepl.err());
    }

    @Test
    void anUnknownLabIsAUsageErrorNamingTheLabs() {
        assertEquals(2, labrepl.run("check", "lab9"));
        assertEquals("labrepl: no lab called 'lab9'; the labs are " + String.join(", ", Labs.names()) + "\n",
                labrepl.err());
    }

    @Test
    void theLocalCloudsOptionsDoNotGoWithAnotherTarget() {
        assertEquals(2, labrepl.run("check", "--endpoint", "http://127.0.0.1:5000", "--port", "4566"));
        assertTrue(labrepl.err().startsWith("labrepl: --port and --data name the local cloud to check, not the endpoint"
                + " http://127.0.0.1:5000"), labrepl.err());
    }

    @Test
    void helpSaysItChangesNothing() {
        assertEquals(0, labrepl.run("check", "--help"));
        assertTrue(labrepl.out().startsWith("Usage: labrepl check [OPTIONS] [LAB...]\n"), labrepl.out());
        assertTrue(labrepl.out().contains("Changes nothing."), labrepl.out());
        assertTrue(labrepl.out().contains("--junit=FILE"), labrepl.out());
    }
}
