package labrepl.cloud.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataStoreTest {

    @TempDir
    Path temp;

    @Test
    void aNewFolderIsCreatedAndMarkedAsLabReplData() {
        Path folder = temp.resolve("data");
        try (DataStore store = DataStore.open(folder)) {
            assertTrue(store.isPersistent());
        }
        assertTrue(Files.exists(folder.resolve(DataStore.MARKER)));
    }

    @Test
    void committedChangesAreThereAfterReopening() {
        Path folder = temp.resolve("data");
        try (DataStore store = DataStore.open(folder)) {
            store.byteMap("items").putDurably(new byte[] {1}, new byte[] {42});
        }
        try (DataStore store = DataStore.open(folder)) {
            assertArrayEquals(new byte[] {42}, store.byteMap("items").get(new byte[] {1}));
        }
    }

    @Test
    void loggedChangesAreReplayedWhenTheProcessDiedBeforeACheckpoint() throws IOException {
        Path folder = temp.resolve("data");
        Path crashed = temp.resolve("crashed");
        try (DataStore store = DataStore.open(folder, false)) {
            StoredMap<byte[], byte[]> items = store.byteMap("items");
            store.commit(); // as creating a table does
            WriteBatch first = store.batch();
            items.put(new byte[] {1}, new byte[] {42}, first);
            first.log();
            WriteBatch second = store.batch();
            items.remove(new byte[] {1}, second);
            items.put(new byte[] {2}, new byte[] {43}, second);
            second.log();
            copyFolder(folder, crashed); // the files as kill -9 would leave them
        }
        try (DataStore store = DataStore.open(crashed, false)) {
            assertTrue(store.recoveredFromLog());
            StoredMap<byte[], byte[]> items = store.byteMap("items");
            assertEquals(null, items.get(new byte[] {1}));
            assertArrayEquals(new byte[] {43}, items.get(new byte[] {2}));
        }
        try (DataStore store = DataStore.open(crashed, false)) {
            assertFalse(store.recoveredFromLog(), "the replay was checkpointed");
        }
    }

    @Test
    void changesToARemovedMapAreNotReplayedIntoANewOne() throws IOException {
        Path folder = temp.resolve("data");
        Path crashed = temp.resolve("crashed");
        try (DataStore store = DataStore.open(folder, false)) {
            StoredMap<byte[], byte[]> items = store.byteMap("dropped");
            WriteBatch batch = store.batch();
            items.put(new byte[] {1}, new byte[] {42}, batch);
            batch.log();
            store.removeMap(items);
            store.commit();
            copyFolder(folder, crashed);
        }
        try (DataStore store = DataStore.open(crashed, false)) {
            assertTrue(store.byteMap("dropped").isEmpty());
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void byteKeysSortAsUnsignedBytes() {
        try (DataStore store = DataStore.inMemory()) {
            StoredMap<byte[], byte[]> map = store.byteMap("m");
            map.putDurably(new byte[] {(byte) 0x80}, new byte[0]);
            map.putDurably(new byte[] {0x01}, new byte[0]);
            map.putDurably(new byte[] {0x01, 0x00}, new byte[0]);
            List<byte[]> keys = new ArrayList<>();
            map.forEach((key, value) -> keys.add(key));
            assertArrayEquals(new byte[] {0x01}, keys.get(0));
            assertArrayEquals(new byte[] {0x01, 0x00}, keys.get(1));
            assertArrayEquals(new byte[] {(byte) 0x80}, keys.get(2));
        }
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndLeftAlone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(folder.resolve("holiday.jpg"), "not ours");
        DataStoreException error = assertThrows(DataStoreException.class, () -> DataStore.open(folder));
        assertTrue(error.getMessage().contains("is not a LabREPL data folder"), error.getMessage());
        assertEquals(List.of(folder.resolve("holiday.jpg")), Files.list(folder).toList());
    }

    @Test
    void aFolderOfAnotherFormatIsRefused() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.writeString(folder.resolve(DataStore.MARKER), "format=99\n");
        DataStoreException error = assertThrows(DataStoreException.class, () -> DataStore.open(folder));
        assertTrue(error.getMessage().contains("has format 99"), error.getMessage());
    }

    @Test
    void aDamagedDataFileIsAClearErrorAndIsNotOverwritten() throws IOException {
        Path folder = temp.resolve("data");
        DataStore.open(folder).close();
        Path file = folder.resolve("store.mv.db");
        byte[] garbage = "this is not an MVStore file, just text that got here somehow".repeat(100).getBytes();
        Files.write(file, garbage);
        DataStoreException error = assertThrows(DataStoreException.class, () -> DataStore.open(folder));
        assertTrue(error.getMessage().contains("is damaged"), error.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(file));
    }

    @Test
    void aFolderInUseByAnotherStoreIsRefused() {
        Path folder = temp.resolve("data");
        try (DataStore first = DataStore.open(folder)) {
            DataStoreException error = assertThrows(DataStoreException.class, () -> DataStore.open(folder));
            assertTrue(error.getMessage().contains("in use by another LabREPL"), error.getMessage());
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("data"), "x");
        DataStoreException error = assertThrows(DataStoreException.class, () -> DataStore.open(file));
        assertTrue(error.getMessage().contains("is a file, not a folder"), error.getMessage());
    }

    @Test
    void anInMemoryStoreRemovesItsBlobFolderOnClose() {
        DataStore store = DataStore.inMemory();
        Path blobs = store.blobFolder();
        assertFalse(store.isPersistent());
        assertTrue(Files.isDirectory(blobs));
        store.close();
        assertFalse(Files.exists(blobs));
    }

    @Test
    void aWriteToARemovedMapSaysSoInsteadOfCorruptingTheStore() {
        try (DataStore store = DataStore.inMemory()) {
            StoredMap<byte[], byte[]> items = store.byteMap("gone");
            store.removeMap(items);
            assertThrows(StoredMap.RemovedMapException.class,
                    () -> items.put(new byte[] {1}, new byte[] {1}, store.batch()));
        }
    }
}
