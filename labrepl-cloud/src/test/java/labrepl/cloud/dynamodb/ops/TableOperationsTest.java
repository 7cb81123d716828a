package labrepl.cloud.dynamodb.ops;

import static labrepl.cloud.dynamodb.DynamoDbTesting.assertError;
import static labrepl.cloud.dynamodb.DynamoDbTesting.createTable;
import static labrepl.cloud.dynamodb.DynamoDbTesting.freshName;
import static labrepl.cloud.dynamodb.DynamoDbTesting.item;
import static labrepl.cloud.dynamodb.DynamoDbTesting.n;
import static labrepl.cloud.dynamodb.DynamoDbTesting.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

@WithLocalCloud
class TableOperationsTest {

    @ClassCloud
    static DynamoDbClient dynamodb;

    @Test
    void describeTableShowsEveryFieldOfTheLabsExpectedOutput() {
        String name = freshName("LabCustomers");
        Instant before = Instant.now().minusSeconds(1);
        dynamodb.createTable(b -> b.tableName(name)
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L))
                .tableClass("STANDARD"));

        TableDescription table = dynamodb.describeTable(b -> b.tableName(name)).table();

        assertEquals("ID", table.attributeDefinitions().get(0).attributeName());
        assertEquals(ScalarAttributeType.S, table.attributeDefinitions().get(0).attributeType());
        assertEquals(name, table.tableName());
        assertEquals(KeyType.HASH, table.keySchema().get(0).keyType());
        assertEquals(TableStatus.ACTIVE, table.tableStatus());
        assertTrue(table.creationDateTime().isAfter(before) && table.creationDateTime().isBefore(Instant.now()));
        assertEquals(0L, table.provisionedThroughput().numberOfDecreasesToday());
        assertEquals(5L, table.provisionedThroughput().readCapacityUnits());
        assertEquals(5L, table.provisionedThroughput().writeCapacityUnits());
        assertEquals(0L, table.tableSizeBytes());
        assertEquals(0L, table.itemCount());
        assertEquals("arn:aws:dynamodb:us-west-2:000000000000:table/" + name, table.tableArn());
        assertTrue(table.tableId().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertEquals("STANDARD", table.tableClassSummary().tableClassAsString());
        assertFalse(table.deletionProtectionEnabled());
        assertNull(table.billingModeSummary(), "a provisioned table has no billing summary");
    }

    @Test
    void createTableAnswersCreatingAndTheTableIsActiveAtOnce() {
        String name = freshName("Orders");
        CreateTableResponse created = dynamodb.createTable(b -> b.tableName(name)
                .keySchema(k -> k.attributeName("customer").keyType(KeyType.HASH),
                        k -> k.attributeName("placed").keyType(KeyType.RANGE))
                .attributeDefinitions(a -> a.attributeName("customer").attributeType(ScalarAttributeType.B),
                        a -> a.attributeName("placed").attributeType(ScalarAttributeType.N))
                .billingMode(BillingMode.PAY_PER_REQUEST));

        assertEquals(TableStatus.CREATING, created.tableDescription().tableStatus());
        assertNull(created.tableDescription().tableClassSummary());
        TableDescription table = dynamodb.describeTable(b -> b.tableName(name)).table();
        assertEquals(TableStatus.ACTIVE, table.tableStatus());
        assertEquals(List.of("customer", "placed"),
                table.keySchema().stream().map(k -> k.attributeName()).toList());
        assertEquals(KeyType.RANGE, table.keySchema().get(1).keyType());
        assertEquals(ScalarAttributeType.N, table.attributeDefinitions().get(1).attributeType());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
        assertEquals(table.creationDateTime(), table.billingModeSummary().lastUpdateToPayPerRequestDateTime());
        assertEquals(0L, table.provisionedThroughput().readCapacityUnits());
        assertEquals(12000L, table.warmThroughput().readUnitsPerSecond());
    }

    @Test
    void describeTableCountsItemsAndTheirSize() {
        String name = createTable(dynamodb, ScalarAttributeType.S, null);
        dynamodb.putItem(b -> b.tableName(name).item(item("pk", s("abc"), "name", s("Martha"))));

        TableDescription table = dynamodb.describeTable(b -> b.tableName(name)).table();

        assertEquals(1L, table.itemCount());
        assertEquals("pk".length() + "abc".length() + "name".length() + "Martha".length(), table.tableSizeBytes());
    }

    @Test
    void describeTableAcceptsTheTableArn() {
        String name = createTable(dynamodb, ScalarAttributeType.S, null);
        String arn = "arn:aws:dynamodb:us-west-2:000000000000:table/" + name;

        assertEquals(name, dynamodb.describeTable(b -> b.tableName(arn)).table().tableName());
    }

    @Test
    void creatingATableTwiceIsResourceInUse() {
        String name = createTable(dynamodb, ScalarAttributeType.S, null);

        assertError(ResourceInUseException.class, "Table already exists: " + name, () -> dynamodb.createTable(b -> b
                .tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))));
    }

    @Test
    void describingOrDeletingAMissingTableNamesIt() {
        assertError(ResourceNotFoundException.class, "Requested resource not found: Table: Nowhere not found",
                () -> dynamodb.describeTable(b -> b.tableName("Nowhere")));
        assertError(ResourceNotFoundException.class, "Requested resource not found: Table: Nowhere not found",
                () -> dynamodb.deleteTable(b -> b.tableName("Nowhere")));
    }

    @Test
    void badTableNamesAreRefusedWithDynamoDbsWording() {
        assertError(DynamoDbException.class,
                "TableName must be at least 3 characters long and at most 255 characters long",
                () -> dynamodb.describeTable(b -> b.tableName("ab")));
        assertError(DynamoDbException.class, "1 validation error detected: Value 'abc;' at 'tableName' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                () -> dynamodb.describeTable(b -> b.tableName("abc;")));
        assertError(DynamoDbException.class, "2 validation errors detected: Value 'a;' at 'tableName' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
                        + "Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater "
                        + "than or equal to 3",
                () -> dynamodb.getItem(b -> b.tableName("a;").key(item("pk", s("x")))));
    }

    @Test
    void createTableChecksTheKeySchemaAgainstTheDefinitions() {
        assertError(DynamoDbException.class, "One or more parameter values were invalid: Some index key attributes "
                        + "are not defined in AttributeDefinitions. Keys: [a], AttributeDefinitions: [b]",
                () -> dynamodb.createTable(b -> b.tableName(freshName("bad"))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName("b").attributeType(ScalarAttributeType.S))));
        assertError(DynamoDbException.class, "Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
                () -> dynamodb.createTable(b -> b.tableName(freshName("bad"))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.RANGE))
                        .attributeDefinitions(a -> a.attributeName("a").attributeType(ScalarAttributeType.S))));
        assertError(DynamoDbException.class, "One or more parameter values were invalid: ReadCapacityUnits and "
                        + "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED",
                () -> dynamodb.createTable(b -> b.tableName(freshName("bad"))
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName("a").attributeType(ScalarAttributeType.S))));
        assertError(DynamoDbException.class, "1 validation error detected: Value 'SS' at "
                        + "'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must "
                        + "satisfy enum value set: [B, N, S]",
                () -> dynamodb.createTable(b -> b.tableName(freshName("bad"))
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(k -> k.attributeName("a").keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName("a").attributeType("SS"))));
    }

    @Test
    void listTablesPagesWithLimitAndExclusiveStartTableName() {
        try (TestCloud own = TestCloud.inMemory()) {
            DynamoDbClient client = own.dynamodb();
            List<String> created = new ArrayList<>();
            for (String name : List.of("delta", "alpha", "charlie", "bravo")) {
                created.add(name);
                client.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
            }

            ListTablesResponse first = client.listTables(b -> b.limit(3));
            assertEquals(List.of("alpha", "bravo", "charlie"), first.tableNames());
            assertEquals("charlie", first.lastEvaluatedTableName());
            ListTablesResponse last = client.listTables(b -> b.limit(1).exclusiveStartTableName("charlie"));
            assertEquals(List.of("delta"), last.tableNames());
            assertNull(last.lastEvaluatedTableName(), "no name when the page holds the last table");
            assertEquals(4, client.listTables().tableNames().size());
        }
    }

    @Test
    void listTablesRefusesALimitOutsideOneToAHundred() {
        assertError(DynamoDbException.class, "1 validation error detected: Value '0' at 'limit' failed to satisfy "
                + "constraint: Member must have value greater than or equal to 1", () -> dynamodb.listTables(b -> b.limit(0)));
        assertError(DynamoDbException.class, "1 validation error detected: Value '101' at 'limit' failed to satisfy "
                + "constraint: Member must have value less than or equal to 100", () -> dynamodb.listTables(b -> b.limit(101)));
    }

    @Test
    void deleteTableAnswersDeletingAndTheTableIsGone() {
        String name = createTable(dynamodb, ScalarAttributeType.N, null);

        DeleteTableResponse deleted = dynamodb.deleteTable(b -> b.tableName(name));

        assertEquals(TableStatus.DELETING, deleted.tableDescription().tableStatus());
        assertTrue(deleted.tableDescription().keySchema().isEmpty(), "DeleteTable sends no key schema");
        assertFalse(dynamodb.listTables().tableNames().contains(name));
        assertError(ResourceNotFoundException.class, "Requested resource not found",
                () -> dynamodb.getItem(b -> b.tableName(name).key(item("pk", n("1")))));
    }

    @Test
    void aProtectedTableCannotBeDeleted() {
        String name = freshName("kept");
        dynamodb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .deletionProtectionEnabled(true)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));

        assertError(DynamoDbException.class, "Resource cannot be deleted as it is currently protected against "
                + "deletion. Disable deletion protection first.", () -> dynamodb.deleteTable(b -> b.tableName(name)));
        assertTrue(dynamodb.describeTable(b -> b.tableName(name)).table().deletionProtectionEnabled());
    }

    @Test
    void describeLimitsGivesDynamoDbsDefaultQuotas() {
        var limits = dynamodb.describeLimits();
        assertEquals(80000L, limits.accountMaxReadCapacityUnits());
        assertEquals(40000L, limits.tableMaxWriteCapacityUnits());
    }

    @Test
    void updateTableChangesBillingAndThroughput() {
        String name = freshName("billing");
        dynamodb.createTable(b -> b.tableName(name)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));

        dynamodb.updateTable(b -> b.tableName(name).provisionedThroughput(p -> p.readCapacityUnits(7L).writeCapacityUnits(9L)));
        assertEquals(7L, dynamodb.describeTable(b -> b.tableName(name)).table().provisionedThroughput().readCapacityUnits());
        dynamodb.updateTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST));
        TableDescription table = dynamodb.describeTable(b -> b.tableName(name)).table();
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
        assertEquals(0L, table.provisionedThroughput().writeCapacityUnits());
        assertError(DynamoDbException.class, "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required",
                () -> dynamodb.updateTable(b -> b.tableName(name)));
    }
}
