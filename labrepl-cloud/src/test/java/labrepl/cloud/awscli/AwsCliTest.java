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
 * Scripts get {@code aws} with the endpoint of the command's service given explicitly, which CLIs
 * older than 2.13/1.29 need; a stand-in {@code aws} shows the arguments it receives, so no real
 * CLI is needed here.
 */
class AwsCliTest {

    private static final URI DEFAULT = URI.create("http://127.0.0.1:4599");
    private static final URI DYNAMODB = URI.create("http://127.0.0.1:8000");

    @TempDir
    Path folder;

    private AwsCli cliWithStandIn() throws IOException {
        return cliWithStandIn(AwsEnvironment.builder().endpoint(DEFAULT));
    }

    private AwsCli cliWithStandIn(AwsEnvironment.Builder environment) throws IOException {
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Path standIn = bin.resolve("aws");
        Files.writeString(standIn, "#!/bin/sh\necho \"aws $* in $AWS_DEFAULT_REGION\"\n");
        Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new AwsCli(environment.region("eu-west-1").credentials("key", "secret")
                .variable("PATH", bin + ":" + System.getenv("PATH")).build(), folder);
    }

    @Test
    void eachCommandIsGivenItsServicesEndpoint() throws IOException {
        AwsCli cli = cliWithStandIn(AwsEnvironment.builder().endpoint(DEFAULT)
                .serviceEndpoint("DYNAMODB", DYNAMODB).serviceEndpoint("S3", URI.create("http://127.0.0.1:9000")));
        AwsCli.Result result = cli.script("""
                aws dynamodb list-tables
                aws --output json --region us-east-1 dynamodb scan --table-name T
                aws s3 ls
                aws s3api list-buckets
                aws sts get-caller-identity
                """);
        assertEquals("""
                aws --endpoint-url http://127.0.0.1:8000 dynamodb list-tables in eu-west-1
                aws --endpoint-url http://127.0.0.1:8000 --output json --region us-east-1 dynamodb scan --table-name T in eu-west-1
                aws --endpoint-url http://127.0.0.1:9000 s3 ls in eu-west-1
                aws --endpoint-url http://127.0.0.1:9000 s3api list-buckets in eu-west-1
                aws --endpoint-url http://127.0.0.1:4599 sts get-caller-identity in eu-west-1
                """, result.stdout());
        assertEquals("aws --endpoint-url http://127.0.0.1:8000 dynamodb list-tables in eu-west-1\n",
                cli.run("dynamodb", "list-tables").stdout());
    }

    @Test
    void withoutADefaultEndpointTheOtherServicesGoToAws() throws IOException {
        AwsCli cli = cliWithStandIn(AwsEnvironment.builder().serviceEndpoint("DYNAMODB", DYNAMODB));
        assertEquals("aws s3 ls in eu-west-1\naws --endpoint-url http://127.0.0.1:8000 dynamodb list-tables in eu-west-1\n",
                cli.script("aws s3 ls; aws dynamodb list-tables").stdout());
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
