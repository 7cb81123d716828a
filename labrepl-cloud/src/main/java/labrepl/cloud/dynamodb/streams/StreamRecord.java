package labrepl.cloud.dynamodb.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.JsonText;

/**
 * One change of one item as a stream keeps it: what happened, when, whether time to live did it,
 * and the item's images as stored DynamoDB JSON (only those the stream's view type shows, and one
 * at least, which gives the keys). Stored as {@code event, expiry, millis, length of the old
 * image or -1, old image, new image (the rest)}; shown as GetRecords shows a record.
 *
 * @param before the old image's JSON, or null
 * @param after  the new image's JSON, or null
 */
record StreamRecord(long position, Event event, boolean expiry, long millis, String before, String after) {

    /** DynamoDB's eventName. */
    enum Event { INSERT, MODIFY, REMOVE }

    private static final int HEADER_BYTES = 1 + 1 + 8 + 4;

    byte[] encode() {
        byte[] old = before == null ? new byte[0] : before.getBytes(StandardCharsets.UTF_8);
        byte[] now = after == null ? new byte[0] : after.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(HEADER_BYTES + old.length + now.length)
                .put((byte) event.ordinal()).put((byte) (expiry ? 1 : 0)).putLong(millis)
                .putInt(before == null ? -1 : old.length).put(old).put(now).array();
    }

    static StreamRecord decode(long position, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        Event event = Event.values()[buffer.get()];
        boolean expiry = buffer.get() == 1;
        long millis = buffer.getLong();
        int oldLength = buffer.getInt();
        int start = HEADER_BYTES + Math.max(oldLength, 0);
        String before = oldLength < 0 ? null : new String(bytes, HEADER_BYTES, oldLength, StandardCharsets.UTF_8);
        // An item's JSON is never empty, so nothing after the old image means no new one.
        String after = start == bytes.length ? null : new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return new StreamRecord(position, event, expiry, millis, before, after);
    }

    /** When the change was recorded, read from a stored record without decoding the rest. */
    static long millisOf(byte[] stored) {
        return ByteBuffer.wrap(stored, 2, 8).getLong();
    }

    /**
     * The record as GetRecords (and a Lambda trigger's event) shows it: the keys always, the images
     * the view type names, DynamoDB's size of what it shows, and a service identity when time to
     * live deleted the item.
     */
    void write(JsonText out, TableStream stream, String region) {
        String image = after != null ? after : before;
        Map<String, Value> keys = stream.keysOf(ItemJson.readStored(image));
        boolean showOld = before != null && stream.viewType().showsOld();
        boolean showNew = after != null && stream.viewType().showsNew();
        Map<String, Value> old = showOld ? ItemJson.readStored(before) : null;
        Map<String, Value> now = showNew ? ItemJson.readStored(after) : null;
        long size = ItemSize.of(keys) + (old == null ? 0 : ItemSize.of(old)) + (now == null ? 0 : ItemSize.of(now));
        out.beginObject()
                .field("eventID", stream.eventId(position))
                .field("eventName", event.name())
                .field("eventVersion", "1.1")
                .field("eventSource", "aws:dynamodb")
                .field("awsRegion", region)
                .name("dynamodb").beginObject()
                .field("ApproximateCreationDateTime", millis / 1000);
        ItemJson.writeItem(out.name("Keys"), keys);
        if (now != null) {
            out.name("NewImage").raw(after);
        }
        if (old != null) {
            out.name("OldImage").raw(before);
        }
        out.field("SequenceNumber", TableStream.sequenceNumber(position))
                .field("SizeBytes", size)
                .field("StreamViewType", stream.viewType().name())
                .endObject();
        if (expiry) {
            out.name("userIdentity").beginObject()
                    .field("PrincipalId", "dynamodb.amazonaws.com")
                    .field("Type", "Service")
                    .endObject();
        }
        out.endObject();
    }
}
