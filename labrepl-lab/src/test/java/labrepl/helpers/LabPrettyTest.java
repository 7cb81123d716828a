package labrepl.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** {@code pretty}, {@code json}, {@code toRows} and {@code table} on real responses from the local cloud. */
@WithLocalCloud
class LabPrettyTest {

    @ClassCloud
    static TestCloud cloud;

    @BeforeAll
    static void labCustomers() {
        cloud.dynamodb().createTable(b -> b.tableName("LabCustomers")
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .attributeDefinitions(d -> d.attributeName("ID").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        cloud.dynamodb().putItem(b -> b.tableName("LabCustomers").item(Lab.item(
                "{\"ID\": {\"S\": \"ABC123\"}, \"firstname\": {\"S\": \"Manu\"}, \"lastname\": {\"S\": \"Kwesi\"}}")));
        cloud.dynamodb().putItem(b -> b.tableName("LabCustomers").item(Lab.item(
                "{\"ID\": {\"S\": \"ABD124\"}, \"firstname\": {\"S\": \"Martha\"}, \"age\": {\"N\": \"41\"},"
                        + " \"vip\": {\"BOOL\": true}, \"note\": {\"NULL\": true}}")));
    }

    private static ScanResponse scan() {
        return cloud.dynamodb().scan(b -> b.tableName("LabCustomers"));
    }

    @Test
    void scanPrintsItemsCountsAndANullConsumedCapacityLikeTheCli() {
        String json = Lab.json(cloud.dynamodb().scan(b -> b.tableName("LabCustomers").limit(1)));
        assertTrue(json.startsWith("{\n    \"Items\": [\n        {\n"), json);
        assertTrue(json.contains("\n    \"Count\": 1,\n    \"ScannedCount\": 1,\n    \"ConsumedCapacity\": null,\n"), json);
        assertTrue(json.contains("\"LastEvaluatedKey\""), "a single page says there is more: " + json);
    }

    @Test
    void listTablesPrintsTableNames() {
        assertEquals("{\n    \"TableNames\": [\n        \"LabCustomers\"\n    ]\n}", Lab.json(cloud.dynamodb().listTables()));
    }

    @Test
    void itemsMapsAndPlainValuesPrintAsJson() {
        Map<String, AttributeValue> item = Lab.item("{\"ID\": {\"S\": \"x\\\"y\"}, \"tags\": {\"SS\": [\"a\", \"b\"]}}");
        assertEquals("{\n    \"ID\": {\n        \"S\": \"x\\\"y\"\n    },\n    \"tags\": {\n        \"SS\": [\n"
                + "            \"a\",\n            \"b\"\n        ]\n    }\n}", Lab.json(item));
        assertEquals("[]", Lab.json(java.util.List.of()));
        assertEquals("\"é\\n\"", Lab.json("é\n"));
    }

    @Test
    void prettyWithMetadataAddsResponseMetadataAsBoto3ShowsIt() {
        String printed = printed(() -> Lab.pretty(scan(), PrettyOption.WITH_METADATA));
        assertTrue(printed.contains("    \"ScannedCount\": 2,\n    \"ResponseMetadata\": {\n        \"RequestId\": \""), printed);
        assertTrue(printed.contains("\"HTTPStatusCode\": 200,\n        \"HTTPHeaders\": {\n"), printed);
        assertTrue(printed.contains("\"x-amz-crc32\": \""), printed);
        assertTrue(!printed.contains("ConsumedCapacity"), "boto3 returns the page as it is: " + printed);
    }

    @Test
    void responsesFromTheSessionClientsCarryTheirRetryCount(@TempDir Path folder) {
        try (LabContext context = LabContext.create(Target.localCloud(cloud.endpoint(), TestCloud.REGION), folder)) {
            String printed = printed(() -> Lab.pretty(context.clients().dynamodb().listTables(), PrettyOption.WITH_METADATA));
            assertTrue(printed.contains("\n        \"RetryAttempts\": 0\n    }\n}"), printed);
        }
    }

    @Test
    void toRowsGivesReadableStringsAndNullForMissingAttributes() {
        var rows = Lab.toRows(scan(), "ID", "firstname", "lastname", "age", "vip", "note");
        assertEquals(java.util.Set.of(
                java.util.Arrays.asList("ABC123", "Manu", "Kwesi", null, null, null),
                java.util.Arrays.asList("ABD124", "Martha", null, "41", "true", "NULL")), new java.util.HashSet<>(rows));
    }

    @Test
    void tablePrintsAGridOfEveryAttribute() {
        Map<String, AttributeValue> item = Lab.item("{\"ID\": {\"S\": \"ABC123\"}, \"firstname\": {\"S\": \"Manu\"}}");
        String printed = printed(() -> Lab.table(java.util.List.of(item, Lab.item("{\"ID\": {\"S\": \"Z\"}}"))));
        assertEquals("Items returned (2)\n"
                + "+--------+-----------+\n"
                + "| ID     | firstname |\n"
                + "+--------+-----------+\n"
                + "| ABC123 | Manu      |\n"
                + "| Z      |           |\n"
                + "+--------+-----------+\n", printed);
    }

    @Test
    void itemFromFileReadsFromTheWorkingFolderAndNamesTheBadField(@TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("add-one-customer.json"),
                "{\n  \"ID\": {\"S\": \"ABD124\"},\n  \"firstname\": {\"S\": \"Martha\"}\n}");
        java.nio.file.Files.writeString(folder.resolve("bad.json"), "{\"ID\": {\"S\": \"A\"}, \"age\": {\"N\": 41}}");
        try (LabContext context = LabContext.create(Target.localCloud(cloud.endpoint(), TestCloud.REGION), folder)) {
            context.makeCurrent();
            assertEquals(AttributeValue.fromS("Martha"), Lab.itemFromFile("add-one-customer.json").get("firstname"));
            IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Lab.itemFromFile("bad.json"));
            assertEquals("bad.json: age: DynamoDB JSON writes numbers as strings, as in {\"N\": \"41\"}", bad.getMessage());
            IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> Lab.itemFromFile("nope.json"));
            assertTrue(missing.getMessage().startsWith("No file nope.json in "), missing.getMessage());
        }
    }

    static String printed(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
