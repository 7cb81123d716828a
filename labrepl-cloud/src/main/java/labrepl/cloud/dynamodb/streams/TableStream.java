package labrepl.cloud.dynamodb.streams;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.table.ChangeLog;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.storage.StoredMap;
import labrepl.cloud.storage.WriteBatch;

/**
 * One stream of one table: a single shard whose records sit under their positions 1, 2, 3, …,
 * which DynamoDB's sequence numbers show (21 digits, growing). Open while the table's stream is
 * on, recording every write that changes an item (a put of the same item, or a delete of none,
 * records nothing, as on DynamoDB); closed when the stream is turned off or the table deleted,
 * and readable until its records are trimmed after 24 hours.
 */
public final class TableStream implements ChangeLog {

    private static final BigInteger SEQUENCE_BASE = BigInteger.TEN.pow(20);

    private final String arn;
    private final String label;
    private final String tableName;
    private final ViewType viewType;
    private final KeySchema keySchema;
    private final long createdMillis;
    private final String shardId;
    private final StoredMap<byte[], byte[]> records;
    /** The last position given out; guarded by this. */
    private long last;
    /** When the stream was turned off, or null while it is on; guarded by this. */
    private Long closedMillis;
    /** The last position of a closed stream. */
    private long end;
    /** The last position trimmed away, so positions never repeat once every record is gone. */
    private long trimmed;

    TableStream(String arn, String label, String tableName, ViewType viewType, KeySchema keySchema, long createdMillis,
                StoredMap<byte[], byte[]> records) {
        this.arn = arn;
        this.label = label;
        this.tableName = tableName;
        this.viewType = viewType;
        this.keySchema = keySchema;
        this.createdMillis = createdMillis;
        this.shardId = String.format("shardId-%020d-%s", createdMillis, eventId(0).substring(0, 8));
        this.records = records;
        Iterator<Map.Entry<byte[], byte[]>> newest = records.entries(null, true);
        this.last = newest.hasNext() ? position(newest.next().getKey()) : 0;
    }

    public String arn() {
        return arn;
    }

    public String label() {
        return label;
    }

    public String tableName() {
        return tableName;
    }

    public ViewType viewType() {
        return viewType;
    }

    public String shardId() {
        return shardId;
    }

    long createdMillis() {
        return createdMillis;
    }

    KeySchema keySchema() {
        return keySchema;
    }

    /** Records a write that changed the item; a write that changed nothing leaves no record. */
    @Override
    public void record(StoredItem before, StoredItem after, boolean expiry, WriteBatch batch) {
        StreamRecord.Event event = before == null ? StreamRecord.Event.INSERT
                : after == null ? StreamRecord.Event.REMOVE : StreamRecord.Event.MODIFY;
        if (after == null && before == null || event == StreamRecord.Event.MODIFY && unchanged(before, after)) {
            return;
        }
        // One image at least, for the keys; the others only when the view type shows them.
        boolean keepOld = before != null && (viewType.showsOld() || after == null);
        boolean keepNew = after != null && (viewType.showsNew() || !keepOld);
        long now = System.currentTimeMillis();
        synchronized (this) {
            if (closedMillis != null) {
                return; // a write that raced the stream being turned off
            }
            long position = ++last;
            StreamRecord record = new StreamRecord(position, event, expiry, now, keepOld ? before.json() : null,
                    keepNew ? after.json() : null);
            records.put(key(position), record.encode(), batch);
        }
    }

    /**
     * Whether a write left the item as it was. Equal items differ in their text only by the order of
     * attributes, map keys and set members, so the (costly) comparison of the parsed items is made
     * only for texts of the same characters.
     */
    private static boolean unchanged(StoredItem before, StoredItem after) {
        String old = before.json();
        String now = after.json();
        if (old.equals(now)) {
            return true;
        }
        return before.size() == after.size() && old.length() == now.length() && sameCharacters(old, now)
                && before.item().equals(after.item());
    }

    /** True when the two texts of equal length hold the same characters, or when either is not ASCII. */
    private static boolean sameCharacters(String one, String other) {
        int[] counts = new int[128];
        for (int i = 0; i < one.length(); i++) {
            char a = one.charAt(i);
            char b = other.charAt(i);
            if (a >= counts.length || b >= counts.length) {
                return true;
            }
            counts[a]++;
            counts[b]--;
        }
        for (int count : counts) {
            if (count != 0) {
                return false;
            }
        }
        return true;
    }

    /** True while the stream records writes. */
    public synchronized boolean isOpen() {
        return closedMillis == null;
    }

    /** The last position of a closed stream, or null while it is open. */
    synchronized Long end() {
        return closedMillis == null ? null : end;
    }

    synchronized Long closedMillis() {
        return closedMillis;
    }

    /** Stops recording: the shard closes at the last record so far. */
    synchronized void close(long millis) {
        if (closedMillis == null) {
            closedMillis = millis;
            end = last;
        }
    }

    /** The position the next record will have: where LATEST reads from. */
    synchronized long next() {
        return last + 1;
    }

    /** The oldest position still kept: where TRIM_HORIZON reads from. */
    long first() {
        Iterator<Map.Entry<byte[], byte[]>> oldest = records.entries(null, false);
        return oldest.hasNext() ? position(oldest.next().getKey()) : next();
    }

    /** Up to {@code limit} records from {@code from} on, and no more than {@code maxBytes} of them after the first. */
    List<StreamRecord> read(long from, int limit, long maxBytes) {
        List<StreamRecord> found = new ArrayList<>();
        long bytes = 0;
        Long end = end();
        for (Iterator<Map.Entry<byte[], byte[]>> cursor = records.entries(key(from), false);
             cursor.hasNext() && found.size() < limit; ) {
            Map.Entry<byte[], byte[]> entry = cursor.next();
            long position = position(entry.getKey());
            bytes += entry.getValue().length;
            if (end != null && position > end || !found.isEmpty() && bytes > maxBytes) {
                break;
            }
            found.add(StreamRecord.decode(position, entry.getValue()));
        }
        return found;
    }

    /** Drops the records written before {@code cutoffMillis}; true when none is left and the stream is closed. */
    boolean trim(long cutoffMillis, WriteBatch batch) {
        for (Iterator<Map.Entry<byte[], byte[]>> cursor = records.entries(null, false); cursor.hasNext(); ) {
            Map.Entry<byte[], byte[]> entry = cursor.next();
            if (StreamRecord.millisOf(entry.getValue()) >= cutoffMillis) {
                return false;
            }
            records.remove(entry.getKey(), batch);
            synchronized (this) {
                trimmed = Math.max(trimmed, position(entry.getKey()));
            }
        }
        return !isOpen();
    }

    StoredMap<byte[], byte[]> records() {
        return records;
    }

    /** The keys of an image, in the table's key order. */
    Map<String, Value> keysOf(Map<String, Value> image) {
        return keySchema.keyOf(image);
    }

    /** A record's eventID: 32 hex digits, the same each time the record is read. */
    String eventId(long position) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((arn + "#" + position).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    /** The sequence number DynamoDB shows for a position: 21 digits. */
    static String sequenceNumber(long position) {
        return SEQUENCE_BASE.add(BigInteger.valueOf(position)).toString();
    }

    /** The position of a sequence number; below 1 when it lies before this shard's first. */
    static long position(String sequenceNumber) {
        BigInteger offset = new BigInteger(sequenceNumber).subtract(SEQUENCE_BASE);
        return offset.signum() < 0 ? 0 : offset.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    private static byte[] key(long position) {
        return ByteBuffer.allocate(Long.BYTES).putLong(position).array();
    }

    private static long position(byte[] key) {
        return ByteBuffer.wrap(key).getLong();
    }

    /** What is kept of the stream besides its records, as JSON. */
    synchronized String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("arn", arn);
        json.addProperty("label", label);
        json.addProperty("table", tableName);
        json.addProperty("viewType", viewType.name());
        json.add("keySchema", keySchema.toJson());
        json.addProperty("created", createdMillis);
        if (closedMillis != null) {
            json.addProperty("closed", closedMillis);
            json.addProperty("end", end);
        }
        json.addProperty("trimmed", trimmed);
        return json.toString();
    }

    static TableStream fromJson(String text, StoredMap<byte[], byte[]> records) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        TableStream stream = new TableStream(json.get("arn").getAsString(), json.get("label").getAsString(),
                json.get("table").getAsString(), ViewType.valueOf(json.get("viewType").getAsString()),
                KeySchema.fromJson(json.getAsJsonObject("keySchema")), json.get("created").getAsLong(), records);
        synchronized (stream) {
            if (json.has("closed")) {
                stream.closedMillis = json.get("closed").getAsLong();
                stream.end = json.get("end").getAsLong();
            }
            stream.trimmed = json.get("trimmed").getAsLong();
            stream.last = Math.max(stream.last, stream.trimmed);
        }
        return stream;
    }
}
