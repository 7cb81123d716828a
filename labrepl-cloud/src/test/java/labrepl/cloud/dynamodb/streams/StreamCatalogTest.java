package labrepl.cloud.dynamodb.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.TimeToLiveSweeper;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.KeyType;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.dynamodb.table.TableDefinition;
import labrepl.cloud.storage.DataStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamCatalogTest {

    private static final Map<String, Value> KEY = Map.of("ID", new Value.S("a"));

    private DataStore store;
    private TableCatalog catalog;
    private StreamCatalog streams;
    private Table table;

    /** An in-memory store with the table Orders, its stream on. */
    @BeforeEach
    void openStore() {
        store = DataStore.inMemory();
        catalog = new TableCatalog(store);
        streams = new StreamCatalog(store, catalog);
        table = createTable(catalog, streams);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Table createTable(TableCatalog catalog, StreamCatalog streams) {
        KeyAttribute id = new KeyAttribute("ID", KeyType.S);
        Table table = catalog.create(new TableDefinition("Orders", "id-1", "arn:aws:dynamodb:us-west-2:000000000000:table/"
                + "Orders", KeySchema.of(id, null), List.of(id), BillingMode.PAY_PER_REQUEST, 0, 0, Instant.EPOCH, false,
                null, List.of(), "expires", Map.of(), null));
        catalog.replace(table, table.definition().withStream(streams.enable(table, ViewType.NEW_AND_OLD_IMAGES)));
        return table;
    }

    private static String json(StreamRecord record, TableStream stream) {
        JsonText out = new JsonText();
        record.write(out, stream, "us-west-2");
        return out.toString();
    }

    @Test
    void anItemDeletedByTimeToLiveIsRecordedAsDynamoDbsOwnRemoval() {
        table.put(table.key(KEY), StoredItem.of(Map.of("ID", new Value.S("a"), "expires", new Value.N("1"))));

        assertEquals(1, new TimeToLiveSweeper(catalog, Clock.systemUTC()).sweep());

        TableStream stream = streams.list("Orders").get(0);
        List<StreamRecord> records = stream.read(1, 10, Long.MAX_VALUE);
        assertEquals(StreamRecord.Event.REMOVE, records.get(1).event());
        assertTrue(json(records.get(1), stream).contains(
                "\"userIdentity\":{\"PrincipalId\":\"dynamodb.amazonaws.com\",\"Type\":\"Service\"}"));
        assertFalse(json(records.get(0), stream).contains("userIdentity"));
    }

    @Test
    void streamsAndTheirRecordsSurviveARestartAndRecordOnWithoutReusingPositions(@TempDir Path folder) {
        try (DataStore saved = DataStore.open(folder)) {
            TableCatalog tables = new TableCatalog(saved);
            Table table = createTable(tables, new StreamCatalog(saved, tables));
            table.put(table.key(KEY), StoredItem.of(KEY));
        }
        try (DataStore reopened = DataStore.open(folder)) {
            TableCatalog tables = new TableCatalog(reopened);
            StreamCatalog reopenedStreams = new StreamCatalog(reopened, tables);
            Table orders = tables.find("Orders").orElseThrow();
            orders.delete(orders.key(KEY));

            List<StreamRecord> records = reopenedStreams.list("Orders").get(0).read(1, 10, Long.MAX_VALUE);
            assertEquals(List.of(StreamRecord.Event.INSERT, StreamRecord.Event.REMOVE),
                    records.stream().map(StreamRecord::event).toList());
            assertEquals(List.of(1L, 2L), records.stream().map(StreamRecord::position).toList());
        }
    }

    @Test
    void recordsOlderThanADayAreTrimmedAndAClosedStreamWithNoneLeftGoes() {
        table.put(table.key(KEY), StoredItem.of(KEY));
        TableStream stream = streams.list("Orders").get(0);
        long later = System.currentTimeMillis() + StreamCatalog.RETENTION_MILLIS + 1000;

        streams.trim(later);
        assertEquals(List.of(), stream.read(1, 10, Long.MAX_VALUE));
        assertEquals(2, stream.first(), "the trimmed position is not handed out again");

        streams.disable(table);
        streams.trim(later + StreamCatalog.RETENTION_MILLIS);
        assertEquals(List.of(), streams.list("Orders"));
    }
}
