package labrepl.cloud.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * Where the local cloud keeps its state: one MVStore file of ordered maps (tables, bucket
 * metadata) and a folder for large blobs (S3 object bodies), either in a data folder that
 * survives restarts or in memory plus a temporary folder.
 *
 * <p>{@link #commit()} makes every change made before it durable: once it returns, the
 * change survives {@code kill -9} of the process. Concurrent callers share one write.
 */
public final class DataStore implements AutoCloseable {

    /** Written into every data folder so that a foreign or newer folder is refused, not overwritten. */
    static final String MARKER = "labrepl-data.properties";
    static final String FORMAT = "1";
    private static final String STORE_FILE = "store.mv.db";
    private static final String BLOBS = "blobs";

    private final MVStore store;
    private final Path blobs;
    private final boolean temporary;
    private final Object commitLock = new Object();
    private long committedThrough = -1;

    private DataStore(MVStore store, Path blobs, boolean temporary) {
        this.store = store;
        this.blobs = blobs;
        this.temporary = temporary;
    }

    /** A store that lives as long as this object; blobs go to a temporary folder removed on close. */
    public static DataStore inMemory() {
        try {
            return new DataStore(new MVStore.Builder().open(), Files.createTempDirectory("labrepl-blobs-"), true);
        } catch (IOException e) {
            throw new DataStoreException("Cannot create a temporary folder for object bodies: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the data folder, creating it when it is missing or empty.
     *
     * @throws DataStoreException when the folder cannot be used; nothing in it has been changed
     */
    public static DataStore open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        prepareFolder(dir);
        Path file = dir.resolve(STORE_FILE);
        try {
            MVStore store = new MVStore.Builder()
                    .fileName(file.toString())
                    .autoCommitBufferSize(4096)
                    .open();
            return new DataStore(store, Files.createDirectories(dir.resolve(BLOBS)), false);
        } catch (MVStoreException e) {
            throw new DataStoreException(explain(dir, file, e), e);
        } catch (IOException e) {
            throw new DataStoreException("Cannot use the data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void prepareFolder(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new DataStoreException(dir + " is a file, not a folder; give --data a folder.");
            }
            Files.createDirectories(dir);
            Path marker = dir.resolve(MARKER);
            if (Files.exists(marker)) {
                checkMarker(dir, marker);
            } else if (isEmpty(dir)) {
                writeMarker(marker);
            } else {
                throw new DataStoreException(dir + " is not a LabREPL data folder (it has files but no " + MARKER
                        + "). Give --data an empty or new folder.");
            }
            if (!Files.isWritable(dir)) {
                throw new DataStoreException("The data folder " + dir + " is not writable.");
            }
        } catch (AccessDeniedException e) {
            throw new DataStoreException("No permission to use the data folder " + dir + " (" + e.getFile() + ").", e);
        } catch (FileAlreadyExistsException e) {
            throw new DataStoreException("Cannot create the data folder: " + e.getFile() + " is a file.", e);
        } catch (IOException e) {
            throw new DataStoreException("Cannot use the data folder " + dir + ": " + e, e);
        }
    }

    private static void checkMarker(Path dir, Path marker) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(marker)) {
            properties.load(in);
        }
        String format = properties.getProperty("format");
        if (!FORMAT.equals(format)) {
            throw new DataStoreException("The data folder " + dir + " has format " + format
                    + ", which this LabREPL does not read (it reads format " + FORMAT + ").");
        }
    }

    private static void writeMarker(Path marker) throws IOException {
        Files.writeString(marker, "# LabREPL local cloud data. Delete the whole folder to start afresh.\nformat="
                + FORMAT + "\n");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    private static String explain(Path dir, Path file, MVStoreException e) {
        String detail = e.getMessage() == null ? e.toString() : e.getMessage();
        if (detail.contains("locked")) {
            return "The data folder " + dir + " is in use by another LabREPL process. Stop it, or use --data"
                    + " with another folder, or --in-memory.";
        }
        return "The data file " + file + " is damaged and cannot be read (" + detail.split("\\[")[0].strip()
                + "). Move the folder aside to start afresh; nothing in it was changed.";
    }

    /** An ordered map of byte-array keys (compared as unsigned bytes) to byte-array values. */
    public MVMap<byte[], byte[]> byteMap(String name) {
        return store.openMap(name, new MVMap.Builder<byte[], byte[]>()
                .keyType(UnsignedBytesType.INSTANCE)
                .valueType(ByteArrayDataType.INSTANCE));
    }

    /** An ordered map of strings, for small metadata such as table definitions. */
    public MVMap<String, String> stringMap(String name) {
        return store.openMap(name);
    }

    /** An ordered map of strings to counters. */
    public MVMap<String, Long> longMap(String name) {
        return store.openMap(name);
    }

    public void removeMap(MVMap<?, ?> map) {
        store.removeMap(map);
    }

    /** The folder for large values (object bodies); callers own the layout under it. */
    public Path blobFolder() {
        return blobs;
    }

    public boolean isPersistent() {
        return !temporary;
    }

    /** Makes every change made before this call durable; a no-op for an in-memory store. */
    public void commit() {
        if (temporary) {
            return;
        }
        long changedIn = store.getCurrentVersion();
        synchronized (commitLock) {
            if (committedThrough >= changedIn) {
                return; // another caller's commit already wrote this change
            }
            long storing = store.getCurrentVersion();
            store.commit();
            committedThrough = storing;
        }
    }

    @Override
    public void close() {
        if (store.isClosed()) {
            return;
        }
        store.close();
        if (temporary) {
            deleteTree(blobs);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless; the OS cleans its temp space.
        }
    }
}
