package labrepl.notebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import labrepl.cloud.storage.FileTrees;

/**
 * A fresh working folder holding the files a lab starts with, for a notebook to run in, so that
 * what its cells write stays out of the notebook's own folder. Deleted when closed.
 */
public final class LabFolder implements AutoCloseable {

    private final Path path;

    private LabFolder(Path path) {
        this.path = path;
    }

    public static LabFolder create() throws IOException {
        Path folder = Files.createTempDirectory("labrepl-notebook-");
        LabFiles.copyInto(folder);
        return new LabFolder(folder);
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            FileTrees.delete(path);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
