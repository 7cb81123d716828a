package labrepl.cloud.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task 2 of Lab 1, typed into the unmodified AWS CLI, answered by a fresh local cloud per test. */
@Tag("cli")
class AwsCliLabStepsTest {

    @TempDir
    Path folder;

    private TestCloud cloud;
    private AwsCli aws;

    @BeforeEach
    void start() {
        assumeTrue(AwsCli.isInstalled(), "the AWS CLI (aws) is not installed on this machine");
        cloud = TestCloud.inMemory();
        aws = cloud.awsCli(folder);
    }

    @AfterEach
    void stop() {
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void theLabsDynamoDbStepsGiveTheLabsOutputShapes() throws IOException {
        // The console creates the table with a table class, so its description shows TableClassSummary.
        aws.output("dynamodb", "create-table", "--table-name", "LabCustomers",
                "--attribute-definitions", "AttributeName=ID,AttributeType=S",
                "--key-schema", "AttributeName=ID,KeyType=HASH",
                "--provisioned-throughput", "ReadCapacityUnits=5,WriteCapacityUnits=5",
                "--table-class", "STANDARD");
        aws.output("dynamodb", "wait", "table-exists", "--table-name", "LabCustomers");
        aws.output("dynamodb", "put-item", "--table-name", "LabCustomers", "--item",
                "{\"ID\": {\"S\": \"ABC123\"}, \"firstname\": {\"S\": \"Manu\"}, \"lastname\": {\"S\": \"Kwesi\"}}");

        String tableName = aws.output("dynamodb", "list-tables", "--query", "TableNames[0]", "--output", "text");
        assertEquals("LabCustomers\n", tableName);

        JsonObject table = json(aws.output("dynamodb", "describe-table", "--table-name", "LabCustomers"))
                .getAsJsonObject().getAsJsonObject("Table");
        // The lab's fields, but DeletionProtectionEnabled, which CLIs built before 2023 (Debian's 2.9) do not know.
        assertTrue(table.keySet().containsAll(Set.of("AttributeDefinitions", "TableName", "KeySchema", "TableStatus",
                "CreationDateTime", "ProvisionedThroughput", "TableSizeBytes", "ItemCount", "TableArn", "TableId",
                "TableClassSummary")), table.keySet().toString());
        assertEquals(json("[{\"AttributeName\": \"ID\", \"AttributeType\": \"S\"}]"), table.get("AttributeDefinitions"));
        assertEquals(json("[{\"AttributeName\": \"ID\", \"KeyType\": \"HASH\"}]"), table.get("KeySchema"));
        assertEquals("ACTIVE", table.get("TableStatus").getAsString());
        assertEquals(json("{\"NumberOfDecreasesToday\": 0, \"ReadCapacityUnits\": 5, \"WriteCapacityUnits\": 5}"),
                table.get("ProvisionedThroughput"));
        assertEquals("arn:aws:dynamodb:us-west-2:000000000000:table/LabCustomers", table.get("TableArn").getAsString());
        assertEquals(json("{\"TableClass\": \"STANDARD\"}"), table.get("TableClassSummary"));
        // CLI v2 shows an ISO date, v1 the epoch seconds DynamoDB sent.
        assertTrue(table.get("CreationDateTime").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT.*|\\d{10}\\.\\d+"),
                "creation time: " + table.get("CreationDateTime"));

        Files.writeString(folder.resolve("add-one-customer.json"),
                "{\n    \"ID\": {\"S\": \"ABD124\"},\n    \"firstname\": {\"S\": \"Martha\"},\n"
                        + "    \"lastname\": {\"S\": \"Rivera\"}\n}\n");
        String putOutput = aws.output("dynamodb", "put-item", "--table-name", "LabCustomers",
                "--item", "file://add-one-customer.json", "--region", "us-west-2");
        assertEquals("", putOutput, "put-item prints nothing when it succeeds");

        assertEquals(json("""
                {
                  "Items": [
                    {"firstname": {"S": "Manu"}, "lastname": {"S": "Kwesi"}, "ID": {"S": "ABC123"}},
                    {"firstname": {"S": "Martha"}, "lastname": {"S": "Rivera"}, "ID": {"S": "ABD124"}}
                  ],
                  "Count": 2,
                  "ScannedCount": 2,
                  "ConsumedCapacity": null
                }"""), json(aws.output("dynamodb", "scan", "--table-name", "LabCustomers")));
    }

    @Test
    void aMistakeInTheLabsStepsGetsDynamoDbsErrorFromTheCli() {
        AwsCli.Result missing = aws.run("dynamodb", "scan", "--table-name", "LabCustomers");
        assertTrue(missing.exitCode() == 254 || missing.exitCode() == 255, "CLI v2 exits 254, v1 255");
        assertTrue(missing.stderr().contains(
                "An error occurred (ResourceNotFoundException) when calling the Scan operation: "
                        + "Requested resource not found"), missing.stderr());
    }

    private static com.google.gson.JsonElement json(String text) {
        return JsonParser.parseString(text);
    }
}
