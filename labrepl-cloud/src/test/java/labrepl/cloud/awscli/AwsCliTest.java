package labrepl.cloud.awscli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts get {@code aws} with the endpoint given explicitly, which CLIs older than 2.13/1.29
 * need; a stand-in {@code aws} shows the arguments it receives, so no real CLI is needed here.
 */
class AwsCliTest {

    @TempDir
    Path folder;

    private AwsCli cliWithStandIn() throws IOException {
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Path standIn = bin.resolve("aws");
        Files.writeString(standIn, "#!/bin/sh\necho \"aws $* in $AWS_DEFAULT_REGION\"\n");
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
        AwsEnvironment environment = AwsEnvironment.builder().endpoint(URI.create("http://127.0.0.1:4599"))
                .region("eu-west-1").credentials("key", "secret")
                .variable("PATH", bin + ":" + System.getenv("PATH")).build();
        return new AwsCli(environment, folder);
    }

    @Test
    void aScriptsAwsIsGivenTheEndpointExplicitly() throws IOException {
        AwsCli.Result result = cliWithStandIn().script("aws s3 ls\necho done >&2");
        assertEquals(0, result.exitCode());
        assertEquals("aws --endpoint-url http://127.0.0.1:4599 s3 ls in eu-west-1\ndone\n", result.stdout(),
                "stdout and stderr as one, in order");
    }

    @Test
    void aCommandPastItsTimeLimitIsStoppedAndSaysSo() throws IOException {
        AwsCli.Result result = cliWithStandIn().timeout(Duration.ofMillis(300)).script("echo started; sleep 30");
        assertEquals(Optional.of(Duration.ofMillis(300)), result.stoppedAfter());
        assertEquals("started\n", result.stdout());
        assertTrue(result.command().startsWith("bash -c"), result.command());
    }

    @Test
    void aFailedCommandsErrorsAreInTheException() throws IOException {
        AwsCli.Result result = cliWithStandIn().script("echo 'no such bucket' >&2; exit 3");
        assertEquals(3, result.exitCode());
        IllegalStateException error = assertThrows(IllegalStateException.class, result::requireSuccess);
        assertTrue(error.getMessage().contains("exited with 3:\nno such bucket"), error.getMessage());
    }
}
