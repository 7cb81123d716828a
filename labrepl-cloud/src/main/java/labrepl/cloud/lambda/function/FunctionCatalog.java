package labrepl.cloud.lambda.function;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.FileTrees;
import labrepl.cloud.storage.StoredMap;

/**
 * The functions of the local cloud and their code: configurations in the data store (committed
 * before a change is acknowledged, so they survive {@code kill -9}), each package's zip and its
 * extracted task folder under the blob folder, named by the code's digest so that a folder is
 * never changed once written.
 */
public final class FunctionCatalog {

    private static final Gson GSON = new Gson();

    private final StoredMap<String, String> functions;
    private final Path root;

    public FunctionCatalog(DataStore store) {
        this.functions = store.stringMap("lambda.functions");
        this.root = store.blobFolder().resolve("lambda").resolve("functions");
    }

    public Optional<FunctionConfig> find(String name) {
        return Optional.ofNullable(functions.get(name)).map(json -> GSON.fromJson(json, FunctionConfig.class));
    }

    /** Names in order, from the first after {@code marker} (all when null), at most {@code limit}. */
    public List<FunctionConfig> list(String marker, int limit) {
        List<FunctionConfig> page = new ArrayList<>();
        String from = marker == null ? null : functions.higherKey(marker);
        if (marker != null && from == null) {
            return page;
        }
        for (Iterator<Map.Entry<String, String>> entries = functions.entries(from, false);
             entries.hasNext() && page.size() < limit; ) {
            page.add(GSON.fromJson(entries.next().getValue(), FunctionConfig.class));
        }
        return page;
    }

    /** Adds a new function with its code; false when the name is taken. */
    public synchronized boolean create(FunctionConfig config, CodeArchive code) {
        if (functions.get(config.name()) != null) {
            return false;
        }
        storeCode(config, code);
        save(config);
        return true;
    }

    /** Replaces a function's configuration (and its code when {@code code} is not null). */
    public synchronized Optional<FunctionConfig> update(String name, CodeArchive code, UnaryOperator<FunctionConfig> change) {
        Optional<FunctionConfig> current = find(name);
        if (current.isEmpty()) {
            return current;
        }
        FunctionConfig updated = change.apply(current.get());
        if (code != null) {
            storeCode(updated, code);
        }
        save(updated);
        if (code != null && !updated.codeSha256().equals(current.get().codeSha256())) {
            deleteQuietly(codeFolder(current.get()));
            deleteQuietly(zipFile(current.get()));
        }
        return Optional.of(updated);
    }

    public synchronized boolean delete(String name) {
        Optional<FunctionConfig> current = find(name);
        if (current.isEmpty()) {
            return false;
        }
        functions.removeDurably(name);
        deleteQuietly(root.resolve(name));
        return true;
    }

    /** The extracted package a function's environments run from. */
    public Path codeFolder(FunctionConfig config) {
        return root.resolve(config.name()).resolve(config.codeFolderName());
    }

    /** The zip as uploaded, which GetFunction's Code.Location serves. */
    public Path zipFile(FunctionConfig config) {
        return root.resolve(config.name()).resolve(config.codeFolderName() + ".zip");
    }

    private void storeCode(FunctionConfig config, CodeArchive code) {
        try {
            Path folder = codeFolder(config);
            Files.createDirectories(folder.getParent());
            if (!Files.isDirectory(folder)) {
                code.extractTo(folder);
            }
            Path zip = zipFile(config);
            if (!Files.exists(zip)) {
                Path partial = Files.createTempFile(folder.getParent(), ".upload-", ".zip");
                Files.write(partial, code.bytes());
                Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the code of " + config.name() + ": " + e.getMessage(), e);
        }
    }

    private void save(FunctionConfig config) {
        functions.putDurably(config.name(), GSON.toJson(config));
    }

    private static void deleteQuietly(Path path) {
        try {
            FileTrees.delete(path);
        } catch (IOException e) {
            // A folder left behind holds no function; the next delete of the name removes it.
        }
    }
}
