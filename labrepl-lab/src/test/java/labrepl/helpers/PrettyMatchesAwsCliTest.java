package labrepl.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * {@code json(...)} of an SDK response is exactly what the installed AWS CLI prints for the same
 * call against the same local cloud. Skipped, with the reason shown, where {@code aws} is missing.
 */
@Tag("cli")
@WithLocalCloud
class PrettyMatchesAwsCliTest {

    @ClassCloud
    static TestCloud cloud;
    /** ISO timestamps in UTC, as the lab's (CLI v2) output shows them. */
    private static AwsCli aws;

    @BeforeAll
    static void tableWithItems(@TempDir Path home) throws IOException {
        assumeTrue(AwsCli.isInstalled(), "the AWS CLI (aws) is not installed, so pretty cannot be compared with it");
        Path config = Files.writeString(home.resolve("config"), "[default]\ncli_timestamp_format = iso8601\n");
        aws = new AwsCli(cloud.environment().configFile(config).variable("TZ", "UTC").build(), home);
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

    @Test
    void describeTableMatchesTheCli() {
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
    void scanMatchesTheCli() {
        assertEquals(cli("scan", "--table-name", "LabCustomers"),
                Lab.json(cloud.dynamodb().scan(b -> b.tableName("LabCustomers"))));
    }

    @Test
    void listTablesMatchesTheCli() {
        assertEquals(cli("list-tables"), Lab.json(cloud.dynamodb().listTables()));
    }

    @Test
    void getItemMatchesTheCli() {
        assertEquals(cli("get-item", "--table-name", "LabCustomers", "--key", "{\"ID\": {\"S\": \"ABD124\"}}"),
                Lab.json(cloud.dynamodb().getItem(b -> b.tableName("LabCustomers")
                        .key(Lab.item("{\"ID\": {\"S\": \"ABD124\"}}")))));
    }

    /** The CLI's output for a DynamoDB call, as JSON. */
    private static String cli(String... arguments) {
        List<String> command = new ArrayList<>(List.of("dynamodb"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--output", "json"));
        return aws.output(command.toArray(String[]::new)).stripTrailing();
    }
}
