package labrepl.cloud.dynamodb.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.DataStoreException;
import labrepl.cloud.storage.StoredMap;
import labrepl.cloud.storage.WriteBatch;

/** Every table of the local DynamoDB, by name, kept in the data store across restarts. */
public final class TableCatalog {

    private final DataStore store;
    private final StoredMap<String, String> definitions;
    private final StoredMap<String, Long> sizes;
    private final Map<String, Table> tables = new ConcurrentSkipListMap<>();

    public TableCatalog(DataStore store) {
        this.store = store;
        this.definitions = store.stringMap("dynamodb/tables");
        this.sizes = store.longMap("dynamodb/table-sizes");
        definitions.forEach((name, json) -> tables.put(name, open(read(name, json))));
        if (store.recoveredFromLog()) {
            tables.values().forEach(Table::recountSizes);
        }
        store.beforeCheckpoint(() -> tables.values()
                .forEach(table -> table.sizesToSave().forEach(sizes::putAtCheckpoint)));
    }

    private static TableDefinition read(String name, String json) {
        try {
            return TableDefinition.fromJson(json);
        } catch (RuntimeException e) {
            throw new DataStoreException("The definition of table " + name + " in the data folder cannot be read ("
                    + e.getMessage() + "); the folder was written by another program or is damaged.", e);
        }
    }

    private Table open(TableDefinition definition) {
        return new Table(definition, store.byteMap("dynamodb/items/" + definition.id()), sizes, store,
                indexName -> indexMap(definition, indexName));
    }

    /** A batch for the writes of several items that become durable as one: a transaction's all or nothing. */
    public WriteBatch batch() {
        return store.batch();
    }

    private StoredMap<byte[], byte[]> indexMap(TableDefinition definition, String indexName) {
        return store.byteMap("dynamodb/indexes/" + definition.id() + "/" + indexName);
    }

    /** Stores a changed definition of an existing table (UpdateTable, time to live, tags). */
    public synchronized void replace(Table table, TableDefinition definition) {
        definitions.putDurably(definition.name(), definition.toJson());
        table.setDefinition(definition);
    }

    /** Adds a global secondary index and fills it from the table's items. */
    public synchronized void addIndex(Table table, IndexDefinition index, List<KeyAttribute> attributeDefinitions) {
        List<IndexDefinition> indexes = new ArrayList<>(table.definition().indexes());
        indexes.add(index);
        TableDefinition changed = table.definition().withIndexes(indexes, attributeDefinitions);
        table.backfill(index, indexMap(changed, index.name()));
        replace(table, changed);
    }

    /** Stores a changed definition of one index (its throughput). */
    public synchronized void replaceIndex(Table table, IndexDefinition index) {
        List<IndexDefinition> indexes = new ArrayList<>(table.definition().indexes());
        indexes.replaceAll(existing -> existing.name().equals(index.name()) ? index : existing);
        replace(table, table.definition().withIndexes(indexes, table.definition().attributeDefinitions()));
    }

    public synchronized void dropIndex(Table table, String indexName) {
        List<IndexDefinition> indexes = new ArrayList<>(table.definition().indexes());
        indexes.removeIf(index -> index.name().equals(indexName));
        replace(table, table.definition().withIndexes(indexes, table.definition().attributeDefinitions()));
        sizes.removeAtCheckpoint(table.sizeKey(indexName));
        StoredMap<byte[], byte[]> map = table.forgetIndex(indexName);
        if (map != null) {
            store.removeMap(map);
        }
        store.commit();
    }

    public List<Table> tables() {
        return new ArrayList<>(tables.values());
    }

    /** @throws DynamoDbError ResourceInUseException when a table of that name exists */
    public synchronized Table create(TableDefinition definition) {
        if (tables.containsKey(definition.name())) {
            throw DynamoDbError.resourceInUse("Table already exists: " + definition.name());
        }
        Table table = open(definition);
        definitions.putDurably(definition.name(), definition.toJson());
        tables.put(definition.name(), table);
        return table;
    }

    public Optional<Table> find(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** The table for an item operation, or DynamoDB's plain "Requested resource not found". */
    public Table require(String name) {
        return find(name).orElseThrow(() -> DynamoDbError.resourceNotFound("Requested resource not found"));
    }

    /** The table for a table operation, or the message that names it. */
    public Table requireNamed(String name) {
        return find(name).orElseThrow(() -> DynamoDbError.resourceNotFound(
                "Requested resource not found: Table: " + name + " not found"));
    }

    public synchronized Table delete(String name) {
        Table table = requireNamed(name);
        tables.remove(name);
        definitions.removeAtCheckpoint(name); // durable with the removal of its maps: drop() commits
        table.sizesToSave().keySet().forEach(sizes::removeAtCheckpoint);
        table.drop();
        return table;
    }

    /** Table names in DynamoDB's order (ascending). */
    public List<String> names() {
        return new ArrayList<>(tables.keySet());
    }
}
