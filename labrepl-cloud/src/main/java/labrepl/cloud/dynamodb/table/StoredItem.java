package labrepl.cloud.dynamodb.table;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.ItemSize;
import labrepl.cloud.dynamodb.item.Value;

/**
 * An item as the store keeps it: its DynamoDB size and its DynamoDB JSON text, so reads
 * can answer with the stored text as it is and count page sizes without parsing.
 */
public final class StoredItem {

    private final long size;
    private final String json;
    private Map<String, Value> item;

    private StoredItem(long size, String json, Map<String, Value> item) {
        this.size = size;
        this.json = json;
        this.item = item;
    }

    public static StoredItem of(Map<String, Value> item) {
        return new StoredItem(ItemSize.of(item), ItemJson.writeItem(item), item);
    }

    static StoredItem decode(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long size = buffer.getInt() & 0xFFFFFFFFL;
        return new StoredItem(size, new String(bytes, 4, bytes.length - 4, StandardCharsets.UTF_8), null);
    }

    byte[] encode() {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + text.length).putInt((int) size).put(text).array();
    }

    /** DynamoDB's size of the item in bytes. */
    public long size() {
        return size;
    }

    /** The item as DynamoDB JSON text. */
    public String json() {
        return json;
    }

    /** The item's attributes, parsed on first use. */
    public Map<String, Value> item() {
        if (item == null) {
            item = ItemJson.readStored(json);
        }
        return item;
    }

    /**
     * The item as a read-only map that parses the stored text only when first read: a write
     * that replaces an item without looking at it (PutItem without a condition) never pays
     * for parsing the old one.
     */
    public Map<String, Value> lazyItem() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, Value>> entrySet() {
                return Collections.unmodifiableMap(item()).entrySet();
            }

            @Override
            public Value get(Object name) {
                return item().get(name);
            }

            @Override
            public boolean containsKey(Object name) {
                return item().containsKey(name);
            }

            @Override
            public int size() {
                return item().size();
            }
        };
    }
}
