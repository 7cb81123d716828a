package labrepl.cloud.s3.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Object bodies as files under the data store's blob folder, named by random ids so that
 * no object key ever becomes part of a path. Bodies stream through a fixed buffer, never
 * whole in memory. In a persistent store each blob is forced to disk before the metadata
 * that names it is committed, so an acknowledged upload survives {@code kill -9}.
 */
public final class BlobStore {

    private static final Pattern BLOB_ID = Pattern.compile("[0-9a-f]{32}");
    private static final int BUFFER = 128 * 1024;

    private final Path root;
    private final boolean durable;

    public BlobStore(Path root, boolean durable) {
        this.root = root;
        this.durable = durable;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder for object bodies " + root, e);
        }
    }

    /** Copies a stream to a new blob; on failure nothing is left behind. */
    public Segment write(InputStream body) throws IOException {
        String id = newId();
        Path file = path(id);
        if (!Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent());
            if (durable) {
                forceDirectory(root);
            }
        }
        long length = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            // Sockets hand over a few kilobytes per read: fill the buffer first, so each write is large.
            while ((n = body.readNBytes(buffer, 0, BUFFER)) > 0) {
                out.write(buffer, 0, n);
                length += n;
            }
            if (durable) {
                channel.force(false);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (durable) {
            forceDirectory(file.getParent()); // the new name must outlive a crash too, not only the bytes
        }
        return new Segment(id, length);
    }

    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** A new blob holding {@code length} bytes of {@code segments} from {@code offset}. */
    public Segment copy(List<Segment> segments, long offset, long length) throws IOException {
        try (InputStream in = open(segments, offset, length)) {
            return write(in);
        }
    }

    /** Reads {@code length} bytes of the concatenated segments, starting at {@code offset}. */
    public InputStream open(List<Segment> segments, long offset, long length) throws IOException {
        List<InputStream> pieces = new ArrayList<>();
        long skip = offset;
        long remaining = length;
        try {
            for (Segment segment : segments) {
                if (remaining == 0) {
                    break;
                }
                if (skip >= segment.length()) {
                    skip -= segment.length();
                    continue;
                }
                long take = Math.min(segment.length() - skip, remaining);
                pieces.add(openRange(segment.blobId(), skip, take));
                remaining -= take;
                skip = 0;
            }
        } catch (IOException e) {
            for (InputStream piece : pieces) {
                piece.close();
            }
            throw e;
        }
        return new SequenceInputStream(Collections.enumeration(pieces));
    }

    private InputStream openRange(String id, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(path(id), StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    /** Deletes blobs; a blob already gone is fine. Open readers keep reading what they opened. */
    public void delete(List<Segment> segments) {
        for (Segment segment : segments) {
            try {
                Files.deleteIfExists(path(segment.blobId()));
            } catch (IOException e) {
                // A blob that cannot be deleted now is unreferenced and goes at the next start's sweep.
            }
        }
    }

    /** Deletes every blob not in {@code referenced}: what a crash between a write and its commit left. */
    public int sweep(Set<String> referenced) throws IOException {
        List<Path> orphans;
        try (Stream<Path> files = Files.walk(root)) {
            orphans = files.filter(Files::isRegularFile)
                    .filter(file -> !referenced.contains(file.getFileName().toString()))
                    .toList();
        }
        for (Path orphan : orphans) {
            try {
                Files.deleteIfExists(orphan);
            } catch (NoSuchFileException gone) {
                // deleted meanwhile
            }
        }
        return orphans.size();
    }

    private Path path(String id) {
        if (!BLOB_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a blob id: " + id);
        }
        return root.resolve(id.substring(0, 2)).resolve(id);
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Reads at most {@code limit} bytes of a stream, then reports its end. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
