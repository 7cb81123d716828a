package labrepl.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * {@code json(...)} of an SDK response is exactly what the installed AWS CLI prints for the same
 * call against the same local cloud. Skipped, with the reason shown, where {@code aws} is missing.
 */
class PrettyMatchesAwsCliTest {

    private static TestCloud cloud;
    @TempDir
    static Path home;

    @BeforeAll
    static void tableWithItems() {
        assumeTrue(awsCliInstalled(), "the aws CLI is not installed here, so pretty cannot be compared with it");
        cloud = TestCloud.inMemory();
        cloud.dynamodb().createTable(b -> b.tableName("LabCustomers")
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .attributeDefinitions(d -> d.attributeName("ID").attributeType(ScalarAttributeType.S))
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
        cloud.dynamodb().putItem(b -> b.tableName("LabCustomers").item(Lab.item(
                "{\"ID\": {\"S\": \"ABC123\"}, \"firstname\": {\"S\": \"Manu\"}, \"lastname\": {\"S\": \"Kwesi\"}}")));
        cloud.dynamodb().putItem(b -> b.tableName("LabCustomers").item(Lab.item(
                "{\"ID\": {\"S\": \"ABD124\"}, \"firstname\": {\"S\": \"Mártha\"}, \"n\": {\"N\": \"1.50\"},"
                        + " \"l\": {\"L\": [{\"BOOL\": true}, {\"NULL\": true}, {\"B\": \"AAEC\"}]},"
                        + " \"m\": {\"M\": {\"tags\": {\"SS\": [\"a\", \"b\\\"c\"]}}}}")));
    }

    @AfterAll
    static void stop() {
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void describeTableMatchesTheCli() throws Exception {
        String printed = cli("describe-table", "--table-name", "LabCustomers");
        DescribeTableResponse response = cloud.dynamodb().describeTable(b -> b.tableName("LabCustomers"));
        assertEquals(printed, Lab.json(withMembersTheCliKnows(response, printed)));
    }

    /**
     * A CLI prints only the members its own service model knows: Debian's 2.9 (early 2023) has no
     * DeletionProtectionEnabled or WarmThroughput. Compare what both know, exactly.
     */
    private static DescribeTableResponse withMembersTheCliKnows(DescribeTableResponse response, String printed) {
        JsonObject cliTable = JsonParser.parseString(printed).getAsJsonObject().getAsJsonObject("Table");
        TableDescription.Builder table = response.table().toBuilder();
        for (SdkField<?> field : response.table().sdkFields()) {
            if (!cliTable.has(field.memberName())) {
                field.set(table, null);
            }
        }
        return response.toBuilder().table(table.build()).build();
    }

    @Test
    void scanMatchesTheCli() throws Exception {
        assertEquals(cli("scan", "--table-name", "LabCustomers"),
                Lab.json(cloud.dynamodb().scan(b -> b.tableName("LabCustomers"))));
    }

    @Test
    void listTablesMatchesTheCli() throws Exception {
        assertEquals(cli("list-tables"), Lab.json(cloud.dynamodb().listTables()));
    }

    @Test
    void getItemMatchesTheCli() throws Exception {
        assertEquals(cli("get-item", "--table-name", "LabCustomers", "--key", "{\"ID\": {\"S\": \"ABD124\"}}"),
                Lab.json(cloud.dynamodb().getItem(b -> b.tableName("LabCustomers")
                        .key(Lab.item("{\"ID\": {\"S\": \"ABD124\"}}")))));
    }

    /** The CLI's output for a DynamoDB call; ISO timestamps in UTC, as the lab's (CLI v2) output shows them. */
    private static String cli(String... arguments) throws IOException, InterruptedException {
        Path config = home.resolve("config");
        Files.writeString(config, "[default]\ncli_timestamp_format = iso8601\n");
        List<String> command = new ArrayList<>(List.of("aws", "dynamodb"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--endpoint-url", cloud.endpoint().toString(), "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_ACCESS_KEY_ID", "test-key");
        env.put("AWS_SECRET_ACCESS_KEY", "test-secret");
        env.put("AWS_DEFAULT_REGION", TestCloud.REGION);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("TZ", "UTC");
        env.remove("AWS_PROFILE");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        return output.stripTrailing();
    }

    private static boolean awsCliInstalled() {
        try {
            Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
