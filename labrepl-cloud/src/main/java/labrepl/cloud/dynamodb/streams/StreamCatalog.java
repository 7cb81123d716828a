package labrepl.cloud.dynamodb.streams;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.dynamodb.table.StreamSpecification;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;
import labrepl.cloud.storage.WriteBatch;

/**
 * Every DynamoDB stream of the local cloud, by ARN, kept in the data store across restarts: the
 * open stream of each table whose stream is on, and the closed streams of tables whose stream was
 * turned off or deleted, readable for 24 hours as on DynamoDB. Turning a stream on always starts a
 * new stream (a new label and ARN); its records are read through DynamoDB Streams' API, or in
 * process by a service the cloud provides this catalog to (a Lambda trigger).
 */
public final class StreamCatalog {

    /** How long DynamoDB keeps a stream's records, and a closed stream. */
    static final long RETENTION_MILLIS = TimeUnit.HOURS.toMillis(24);
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private final DataStore store;
    private final StoredMap<String, String> kept;
    private final Map<String, TableStream> streams = new ConcurrentSkipListMap<>();

    /** Opens the streams kept in {@code store} and reattaches each open one to its table. */
    public StreamCatalog(DataStore store, TableCatalog tables) {
        this.store = store;
        this.kept = store.stringMap("dynamodb/streams");
        kept.forEach((arn, json) -> streams.put(arn, TableStream.fromJson(json, recordsOf(arn))));
        for (TableStream stream : streams.values()) {
            tables.find(stream.tableName())
                    .filter(table -> stream.isOpen() && isLatest(table, stream))
                    .ifPresent(table -> table.setChangeLog(stream));
        }
    }

    private static boolean isLatest(Table table, TableStream stream) {
        StreamSpecification specification = table.definition().stream();
        return specification != null && specification.latestLabel().equals(stream.label());
    }

    private StoredMap<byte[], byte[]> recordsOf(String arn) {
        return store.byteMap("dynamodb/stream-records/" + arn.substring(arn.indexOf(":table/") + 1));
    }

    /**
     * Turns the table's stream on: a new stream, labelled with the time (a millisecond later than the
     * table's previous stream when they would collide), which records the table's writes from now on.
     *
     * @return what the table's definition says of its stream now
     */
    public synchronized StreamSpecification enable(Table table, ViewType viewType) {
        long millis = System.currentTimeMillis();
        String tableArn = table.definition().arn();
        String label = LABEL.format(Instant.ofEpochMilli(millis));
        while (streams.containsKey(tableArn + "/stream/" + label)) {
            millis++;
            label = LABEL.format(Instant.ofEpochMilli(millis));
        }
        String arn = tableArn + "/stream/" + label;
        TableStream stream = new TableStream(arn, label, table.definition().name(), viewType, table.keySchema(), millis,
                recordsOf(arn));
        kept.putDurably(arn, stream.toJson());
        streams.put(arn, stream);
        table.setChangeLog(stream);
        return new StreamSpecification(true, viewType.name(), label);
    }

    /** Turns the table's stream off (the table was changed or deleted): its shard closes, its records stay. */
    public synchronized void disable(Table table) {
        table.setChangeLog(null);
        StreamSpecification specification = table.definition().stream();
        if (specification == null || !specification.enabled()) {
            return;
        }
        TableStream stream = streams.get(specification.latestArn(table.definition().arn()));
        if (stream != null) {
            stream.close(System.currentTimeMillis());
            kept.putDurably(stream.arn(), stream.toJson());
        }
    }

    /** The streams of one table (every table when {@code tableName} is null), in ARN order. */
    public List<TableStream> list(String tableName) {
        List<TableStream> found = new ArrayList<>();
        streams.values().stream().filter(s -> tableName == null || s.tableName().equals(tableName)).forEach(found::add);
        return found;
    }

    public Optional<TableStream> find(String arn) {
        return Optional.ofNullable(streams.get(arn));
    }

    /**
     * Drops records older than 24 hours, and closed streams with none left, as DynamoDB trims its
     * streams. Runs in the background.
     */
    public synchronized void trim(long nowMillis) {
        long cutoff = nowMillis - RETENTION_MILLIS;
        for (TableStream stream : new ArrayList<>(streams.values())) {
            String before = stream.toJson();
            WriteBatch batch = store.batch();
            boolean gone = stream.trim(cutoff, batch);
            batch.log();
            Long closed = stream.closedMillis();
            if (gone && closed != null && closed < cutoff) {
                streams.remove(stream.arn());
                kept.removeDurably(stream.arn());
                store.removeMap(stream.records());
                store.commit();
            } else if (!stream.toJson().equals(before)) {
                kept.putDurably(stream.arn(), stream.toJson());
            }
        }
    }
}
