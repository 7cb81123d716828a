package labrepl.cloud.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * <p>A checkpoint {@link #retire() retires} the records so far (renames the file) and appends
 * go on into a fresh file while the store commits; the retired file is dropped once the store
 * holds its changes. After a crash, both are read, the retired one first.
 *
 * <p>Record: length (int), CRC32C of the payload (int), payload. Payload: the number of
 * changes, then for each the map name, the key and the value (length -1 for a removal).
 * Reading stops at the first record that is cut short or fails its checksum.
 */
final class WriteAheadLog implements AutoCloseable {

    private final Path file;
    private final Path retired;
    private FileChannel channel;

    WriteAheadLog(Path file) throws IOException {
        this.file = file;
        this.retired = file.resolveSibling(file.getFileName() + ".retired");
        this.channel = openForAppending(file);
    }

    private static FileChannel openForAppending(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        channel.position(channel.size());
        return channel;
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

    /** Every whole record, oldest first: the retired file's, then the active one's. */
    synchronized List<List<Change>> readAll() throws IOException {
        List<List<Change>> records = new ArrayList<>();
        if (Files.exists(retired)) {
            readRecords(ByteBuffer.wrap(Files.readAllBytes(retired)), records);
        }
        ByteBuffer active = ByteBuffer.allocate((int) channel.size());
        channel.read(active, 0);
        readRecords(active.flip(), records);
        return records;
    }

    private static void readRecords(ByteBuffer all, List<List<Change>> records) {
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
    }

    /** Bytes in the active file. */
    synchronized long size() throws IOException {
        return channel.size();
    }

    /** True when a checkpoint retired records that the store may not hold yet. */
    synchronized boolean hasRetired() {
        return Files.exists(retired);
    }

    /**
     * Moves the records so far aside (an atomic rename); later appends start a fresh file. When
     * the fresh file cannot be opened, the rename is undone and appends go on as before.
     */
    synchronized void retire() throws IOException {
        Files.move(file, retired, StandardCopyOption.ATOMIC_MOVE);
        FileChannel fresh;
        try {
            fresh = openForAppending(file);
        } catch (IOException e) {
            Files.move(retired, file, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        FileChannel old = channel;
        channel = fresh;
        old.close();
    }

    /** Forgets the retired records; called once the store has committed them. */
    synchronized void dropRetired() throws IOException {
        Files.deleteIfExists(retired);
    }

    /** Empties the log; called once everything in it is committed to the store. */
    synchronized void clear() throws IOException {
        dropRetired();
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
