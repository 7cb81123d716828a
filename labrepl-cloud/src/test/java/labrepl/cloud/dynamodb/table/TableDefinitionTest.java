package labrepl.cloud.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableDefinitionTest {

    @Test
    void aTableStoredBeforeHashOrderingKeepsThePlainOrderItsItemsWereWrittenIn() {
        String stored = "{\"name\":\"old\",\"id\":\"1\",\"arn\":\"arn\",\"partition\":{\"name\":\"pk\",\"type\":\"S\"},"
                + "\"sort\":{\"name\":\"sk\",\"type\":\"N\"},\"attributeDefinitions\":[],\"billingMode\":\"PROVISIONED\","
                + "\"readCapacityUnits\":1,\"writeCapacityUnits\":1,\"createdAt\":\"2024-01-01T00:00:00Z\","
                + "\"deletionProtection\":false,\"indexes\":[{\"name\":\"g\",\"global\":true,\"keySchema\":"
                + "{\"partition\":\"x\",\"partitionType\":\"S\"},\"projectionType\":\"ALL\",\"nonKeyAttributes\":[],"
                + "\"readCapacityUnits\":1,\"writeCapacityUnits\":1,\"arn\":\"arn/index/g\"}],\"tags\":{}}";

        TableDefinition definition = TableDefinition.fromJson(stored);

        assertFalse(definition.keySchema().hashOrdered());
        assertEquals(List.of(new KeyAttribute("sk", KeyType.N)), definition.keySchema().sortKeys());
        assertFalse(definition.indexes().get(0).keySchema().hashOrdered());
    }

    @Test
    void aMultiAttributeIndexKeyTheHashOrderAndTheStreamSurviveARoundTrip() {
        KeyAttribute pk = new KeyAttribute("pk", KeyType.S);
        KeySchema indexKeys = new KeySchema(List.of(new KeyAttribute("a", KeyType.S), new KeyAttribute("b", KeyType.N)),
                List.of(new KeyAttribute("c", KeyType.S), new KeyAttribute("d", KeyType.B)), true);
        TableDefinition definition = new TableDefinition("t", "1", "arn", KeySchema.of(pk, null), List.of(pk),
                BillingMode.PAY_PER_REQUEST, 0, 0, Instant.parse("2024-01-01T00:00:00Z"), false, null,
                List.of(new IndexDefinition("g", true, indexKeys, "ALL", List.of(), 0, 0, "arn/index/g")), null, Map.of(),
                new StreamSpecification(true, "NEW_IMAGE", "2024-01-01T00:00:00.000"));

        TableDefinition read = TableDefinition.fromJson(definition.toJson());

        assertTrue(read.keySchema().hashOrdered());
        assertEquals(indexKeys, read.indexes().get(0).keySchema());
        assertEquals(definition.stream(), read.stream());
    }
}
