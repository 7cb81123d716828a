package labrepl.cloud.dynamodb.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCatalogTest {

    private static TableDefinition customers() {
        KeyAttribute id = new KeyAttribute("ID", KeyType.S);
        return new TableDefinition("LabCustomers", "id-1", "arn:aws:dynamodb:us-west-2:000000000000:table/LabCustomers",
                KeySchema.of(id, null), List.of(id), BillingMode.PAY_PER_REQUEST, 0, 0, Instant.EPOCH, false, null,
                List.of(), null, Map.of(), null);
    }

    @Test
    void aWriterHoldingATableThatIsThenDeletedIsToldTheTableIsGone() {
        try (DataStore store = DataStore.inMemory()) {
            TableCatalog catalog = new TableCatalog(store);
            Table table = catalog.create(customers());
            Map<String, Value> key = Map.of("ID", new Value.S("ABC123"));
            table.put(table.key(key), StoredItem.of(key));
            catalog.delete("LabCustomers");
            assertThrows(StoredMap.RemovedMapException.class, () -> table.put(table.key(key), StoredItem.of(key)));
            assertTrue(catalog.find("LabCustomers").isEmpty());
        }
    }

    @Test
    void aDefinitionSurvivesReopeningTheStore(@TempDir Path folder) {
        try (DataStore store = DataStore.open(folder)) {
            new TableCatalog(store).create(customers());
        }
        try (DataStore store = DataStore.open(folder)) {
            assertEquals(List.of("LabCustomers"), new TableCatalog(store).names());
        }
    }
}
