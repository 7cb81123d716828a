package labrepl.cloud.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import labrepl.cloud.storage.DataStore.Change;

/**
 * The log that makes a write durable the moment it is acknowledged: one append (one
 * {@code write} call, no fsync) per logged group of changes. Once the append returns,
 * the bytes are the operating system's and survive {@code kill -9} of this process.
 *
 * <p>Record: length (int), CRC32C of the payload (int), payload. Payload: the number of
 * changes, then for each the map name, the key and the value (length -1 for a removal).
 * Reading stops at the first record that is cut short or fails its checksum.
 */
final class WriteAheadLog implements AutoCloseable {

    private final FileChannel channel;

    WriteAheadLog(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        channel.position(channel.size());
    }

    synchronized void append(List<Change> changes) {
        ByteBuffer record = encode(changes);
        try {
            while (record.hasRemaining()) {
                channel.write(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the data folder's log: " + e.getMessage(), e);
        }
    }

    /** Every whole record, oldest first. */
    synchronized List<List<Change>> readAll() throws IOException {
        List<List<Change>> records = new ArrayList<>();
        ByteBuffer all = ByteBuffer.allocate((int) channel.size());
        channel.read(all, 0);
        all.flip();
        while (all.remaining() >= 8) {
            int length = all.getInt();
            int checksum = all.getInt();
            if (length < 0 || length > all.remaining()) {
                break;
            }
            ByteBuffer payload = all.slice().limit(length);
            all.position(all.position() + length);
            if (crc(payload.duplicate()) != checksum) {
                break;
            }
            records.add(decode(payload));
        }
        return records;
    }

    synchronized long size() throws IOException {
        return channel.size();
    }

    /** Empties the log; called once everything in it is committed to the store. */
    synchronized void clear() throws IOException {
        channel.truncate(0);
        channel.position(0);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private static ByteBuffer encode(List<Change> changes) {
        int size = 4;
        List<byte[]> names = new ArrayList<>(changes.size());
        for (Change change : changes) {
            byte[] name = change.map().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            size += 4 + name.length + 4 + change.key().length + 4 + (change.value() == null ? 0 : change.value().length);
        }
        ByteBuffer record = ByteBuffer.allocate(8 + size);
        record.position(8);
        record.putInt(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            record.putInt(names.get(i).length).put(names.get(i));
            record.putInt(change.key().length).put(change.key());
            if (change.value() == null) {
                record.putInt(-1);
            } else {
                record.putInt(change.value().length).put(change.value());
            }
        }
        record.flip();
        int checksum = crc(record.duplicate().position(8));
        record.putInt(0, size).putInt(4, checksum);
        return record;
    }

    private static List<Change> decode(ByteBuffer payload) {
        int count = payload.getInt();
        List<Change> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String map = new String(bytes(payload, payload.getInt()), StandardCharsets.UTF_8);
            byte[] key = bytes(payload, payload.getInt());
            int valueLength = payload.getInt();
            changes.add(new Change(map, key, valueLength < 0 ? null : bytes(payload, valueLength)));
        }
        return changes;
    }

    private static byte[] bytes(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static int crc(ByteBuffer bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
