package labrepl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@Tag("process")
class ServeCommandTest {

    @TempDir
    Path temp;

    @Test
    void servePrintsTheEndpointAndWhatToExport() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--in-memory", "--region", "eu-west-1")) {
            String printed = String.join("\n", serve.output());
            assertTrue(printed.contains("export AWS_ENDPOINT_URL=" + serve.endpoint()), printed);
            assertTrue(printed.contains("export AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1"), printed);
            assertTrue(printed.contains("export AWS_ACCESS_KEY_ID="), printed);
            assertTrue(printed.contains("Data: in memory"), printed);
        }
    }

    @Test
    @Tag("crash")
    void anAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Path data = temp.resolve("data");
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString())) {
            try (DynamoDbClient dynamodb = client(serve.endpoint())) {
                createTable(dynamodb);
                for (int i = 0; i < 100; i++) {
                    String id = "C" + i;
                    dynamodb.putItem(b -> b.tableName("LabCustomers").item(customer(id)));
                }
            }
            serve.kill();
        }
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString());
                DynamoDbClient dynamodb = client(serve.endpoint())) {
            assertEquals(100, dynamodb.scan(b -> b.tableName("LabCustomers")).count());
            assertEquals("C99", dynamodb.getItem(b -> b.tableName("LabCustomers").key(key("C99")))
                    .item().get("ID").s());
        }
    }

    @Test
    void sigtermStopsServeCleanlyWithItsDataKept() throws Exception {
        Path data = temp.resolve("data");
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString())) {
            try (DynamoDbClient dynamodb = client(serve.endpoint())) {
                createTable(dynamodb);
                dynamodb.putItem(b -> b.tableName("LabCustomers").item(customer("ABC123")));
            }
            assertEquals(143, serve.terminate(), "the JVM's exit code after SIGTERM");
        }
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--data", data.toString());
                DynamoDbClient dynamodb = client(serve.endpoint())) {
            assertEquals(1, dynamodb.scan(b -> b.tableName("LabCustomers")).count());
        }
    }

    @Test
    void aTakenPortIsOneLineAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ServeProcess.Finished result = ServeProcess.run("serve", "--in-memory", "--port",
                    String.valueOf(taken.getLocalPort()));
            assertEquals(1, result.exitCode());
            assertEquals("labrepl: Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use. Stop what uses"
                    + " it, or choose another with --port N (--port 0 picks a free one).", result.output().strip());
        }
    }

    @Test
    void aForeignDataFolderIsOneLineAndExitCodeOne() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(folder.resolve("holiday.jpg"), "not ours");
        ServeProcess.Finished result = ServeProcess.run("serve", "--port", "0", "--data", folder.toString());
        assertEquals(1, result.exitCode());
        assertEquals(1, result.output().strip().lines().count(), result.output());
        assertTrue(result.output().contains("is not a LabREPL data folder"), result.output());
    }

    @Test
    void dataAndInMemoryCannotBeCombined() throws IOException, InterruptedException {
        ServeProcess.Finished result = ServeProcess.run("serve", "--in-memory", "--data", temp.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.output().contains("mutually exclusive"), result.output());
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .build();
    }

    private static void createTable(DynamoDbClient dynamodb) {
        dynamodb.createTable(b -> b.tableName("LabCustomers")
                .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    private static java.util.Map<String, AttributeValue> key(String id) {
        return java.util.Map.of("ID", AttributeValue.fromS(id));
    }

    private static java.util.Map<String, AttributeValue> customer(String id) {
        return java.util.Map.of("ID", AttributeValue.fromS(id), "firstname", AttributeValue.fromS("Manu"));
    }
}
