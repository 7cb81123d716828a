package labrepl.cloud.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * Where the local cloud keeps its state: one MVStore file of ordered maps (tables, bucket
 * metadata) and a folder for large blobs (S3 object bodies), either in a data folder that
 * survives restarts or in memory plus a temporary folder.
 *
 * <p>Its maps ({@link StoredMap}) offer two ways to make a change durable, so that it
 * survives {@code kill -9}:
 * <ul>
 * <li>a {@link WriteBatch} for frequent small changes (items): one append to a write-ahead log.
 *     The log is folded into the store file about once a second (a checkpoint) and
 *     replayed on the next open after a crash;
 * <li>a commit for rare changes (a table created or deleted): writes the store file.
 * </ul>
 */
public final class DataStore implements AutoCloseable {

    /** Written into every data folder so that a foreign or newer folder is refused, not overwritten. */
    static final String MARKER = "labrepl-data.properties";
    static final String FORMAT = "1";
    private static final String STORE_FILE = "store.mv.db";
    private static final String LOG_FILE = "store.log";
    private static final String BLOBS = "blobs";
    private static final long CHECKPOINT_MILLIS = 1000;
    private static final int UNSAVED_KB = 64 * 1024;

    private final MVStore store;
    private final WriteAheadLog log;
    private final Path blobs;
    private final boolean temporary;
    private final Object commitLock = new Object();
    private final List<Runnable> checkpointHooks = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService checkpoints;
    private final boolean recovered;
    private long committedThrough = -1;

    private DataStore(MVStore store, WriteAheadLog log, Path blobs, boolean timedCheckpoints) throws IOException {
        this.store = store;
        this.log = log;
        this.blobs = blobs;
        this.temporary = log == null;
        this.recovered = log != null && replay(log);
        this.checkpoints = timedCheckpoints ? Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "labrepl-checkpoint");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (checkpoints != null) {
            checkpoints.scheduleWithFixedDelay(this::checkpointQuietly, CHECKPOINT_MILLIS, CHECKPOINT_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** A store that lives as long as this object; blobs go to a temporary folder removed on close. */
    public static DataStore inMemory() {
        try {
            return new DataStore(new MVStore.Builder().open(), null, Files.createTempDirectory("labrepl-blobs-"), false);
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
        return open(folder, true);
    }

    /** As {@link #open(Path)}; without timed checkpoints, tests can look at the log as a crash leaves it. */
    static DataStore open(Path folder, boolean timedCheckpoints) {
        Path dir = folder.toAbsolutePath().normalize();
        prepareFolder(dir);
        Path file = dir.resolve(STORE_FILE);
        MVStore store;
        try {
            // Commits happen at checkpoints, off the request threads; without a large buffer MVStore
            // commits inline in whichever put overflows it (tens of microseconds per write).
            store = new MVStore.Builder().fileName(file.toString()).autoCommitBufferSize(UNSAVED_KB).open();
        } catch (MVStoreException e) {
            throw new DataStoreException(explain(dir, file, e), e);
        }
        try {
            return new DataStore(store, new WriteAheadLog(dir.resolve(LOG_FILE)),
                    Files.createDirectories(dir.resolve(BLOBS)), timedCheckpoints);
        } catch (IOException | RuntimeException e) {
            store.closeImmediately();
            throw new DataStoreException("Cannot use the data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Applies what the log holds beyond the last checkpoint; true when there was anything. */
    private boolean replay(WriteAheadLog log) throws IOException {
        List<List<Change>> records = log.readAll();
        for (List<Change> record : records) {
            for (Change change : record) {
                if (!store.hasMap(change.map())) {
                    continue; // the map was removed (its table deleted) after this change
                }
                MVMap<byte[], byte[]> map = rawByteMap(change.map());
                if (change.value() == null) {
                    map.remove(change.key());
                } else {
                    map.put(change.key(), change.value());
                }
            }
        }
        store.commit();
        log.clear();
        return !records.isEmpty();
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
    public StoredMap<byte[], byte[]> byteMap(String name) {
        return new StoredMap<>(rawByteMap(name), this);
    }

    private MVMap<byte[], byte[]> rawByteMap(String name) {
        return store.openMap(name, new MVMap.Builder<byte[], byte[]>()
                .keyType(UnsignedBytesType.INSTANCE)
                .valueType(ByteArrayDataType.INSTANCE));
    }

    /** An ordered map of strings, for small documents such as table definitions. */
    public StoredMap<String, String> stringMap(String name) {
        return new StoredMap<>(store.openMap(name), this);
    }

    /** An ordered map of strings to counters. */
    public StoredMap<String, Long> longMap(String name) {
        return new StoredMap<>(store.openMap(name), this);
    }

    /** A group of changes to byte maps that {@link WriteBatch#log()} makes durable together. */
    public WriteBatch batch() {
        return new WriteBatch(this);
    }

    /** A change to one entry of a byte map: a put, or a removal when {@code value} is null. */
    record Change(String map, byte[] key, byte[] value) {

        static Change put(String map, byte[] key, byte[] value) {
            return new Change(map, key, value);
        }

        static Change remove(String map, byte[] key) {
            return new Change(map, key, null);
        }
    }

    /**
     * Makes changes already applied to byte maps durable: when this returns they survive
     * {@code kill -9}. A group is replayed whole or not at all.
     */
    void log(List<Change> changes) {
        if (log != null) {
            log.append(changes);
        }
    }

    /** Runs before every checkpoint, to fold derived values (counters) into the store. */
    public void beforeCheckpoint(Runnable hook) {
        checkpointHooks.add(hook);
    }

    /** True when opening replayed logged changes: the last run ended without a checkpoint. */
    public boolean recoveredFromLog() {
        return recovered;
    }

    /**
     * Writes everything applied so far into the store file, then forgets the log records it
     * now holds. Appends wait only while the log is retired (a rename), not for the commit
     * (bench/RESULTS.md says how long that takes): they go to a fresh log meanwhile.
     */
    private void checkpoint() throws IOException {
        synchronized (log) {
            if (!log.hasRetired()) { // else the last checkpoint's commit failed: it is retried below
                if (log.size() == 0) {
                    return;
                }
                log.retire();
            }
            checkpointHooks.forEach(Runnable::run);
        }
        store.commit();
        log.dropRetired();
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (IOException | RuntimeException e) {
            // The log still holds every change; the next checkpoint, or the next open, folds it in.
            java.util.logging.Logger.getLogger(DataStore.class.getName())
                    .warning("Checkpoint failed, will retry: " + e);
        }
    }

    /** Removes a map and its entries; the caller commits when the removal must be durable. */
    public void removeMap(StoredMap<?, ?> map) {
        map.removeFromStore(store);
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

    /** Folds the log into the store file and closes it; nothing acknowledged is lost. */
    @Override
    public void close() {
        if (store.isClosed()) {
            return;
        }
        if (checkpoints != null) {
            // Not shutdownNow: an interrupt inside MVStore's commit would close its file channel.
            checkpoints.shutdown();
            try {
                checkpoints.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        checkpointHooks.forEach(Runnable::run);
        store.close();
        if (log != null) {
            try {
                log.clear();
                log.close();
            } catch (IOException e) {
                // The store file already holds everything; a log left behind is replayed harmlessly.
            }
        }
        if (temporary) {
            try {
                FileTrees.delete(blobs);
            } catch (IOException e) {
                // A temporary folder left behind is harmless; the OS cleans its temp space.
            }
        }
    }
}
