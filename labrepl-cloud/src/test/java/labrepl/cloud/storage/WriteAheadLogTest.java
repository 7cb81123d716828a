package labrepl.cloud.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import labrepl.cloud.storage.DataStore.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteAheadLogTest {

    @TempDir
    Path temp;

    @Test
    void recordsAreReadBackWholeAndInOrder() throws IOException {
        Path file = temp.resolve("log");
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            log.append(List.of(Change.put("items", new byte[] {1}, new byte[] {10})));
            log.append(List.of(Change.remove("items", new byte[] {1}), Change.put("other", new byte[] {2}, new byte[0])));
        }
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            List<List<Change>> records = log.readAll();
            assertEquals(2, records.size());
            assertArrayEquals(new byte[] {10}, records.get(0).get(0).value());
            assertNull(records.get(1).get(0).value(), "a removal");
            assertEquals("other", records.get(1).get(1).map());
        }
    }

    @Test
    void appendsDuringACheckpointGoToAFreshFileAndACrashReadsBothInOrder() throws IOException {
        Path file = temp.resolve("log");
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            log.append(List.of(Change.put("items", new byte[] {1}, new byte[] {10})));
            log.retire(); // a checkpoint starts committing the first record
            log.append(List.of(Change.put("items", new byte[] {1}, new byte[] {11})));
            assertTrue(log.hasRetired());
            assertEquals(1, log.readAll().get(1).size());
        } // the process dies before the commit finished
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            List<List<Change>> records = log.readAll();
            assertEquals(2, records.size());
            assertArrayEquals(new byte[] {10}, records.get(0).get(0).value(), "the retired record first");
            assertArrayEquals(new byte[] {11}, records.get(1).get(0).value(), "then the later one");
            log.dropRetired(); // the commit finished
            assertFalse(log.hasRetired());
            assertEquals(1, log.readAll().size());
        }
    }

    @Test
    void aRecordCutShortIsIgnoredWithEverythingAfterIt() throws IOException {
        Path file = temp.resolve("log");
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            log.append(List.of(Change.put("items", new byte[] {1}, new byte[] {10})));
            log.append(List.of(Change.put("items", new byte[] {2}, new byte[] {20})));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) - 3);
        }
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            assertEquals(1, log.readAll().size());
        }
    }

    @Test
    void aRecordThatFailsItsChecksumEndsTheLog() throws IOException {
        Path file = temp.resolve("log");
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            log.append(List.of(Change.put("items", new byte[] {1}, new byte[] {10})));
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x55;
        Files.write(file, bytes);
        try (WriteAheadLog log = new WriteAheadLog(file)) {
            assertEquals(List.of(), log.readAll());
        }
    }
}
