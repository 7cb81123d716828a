package labrepl.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The files a lab starts with (the web page of Task 1), shipped inside the jar and copied
 * into each notebook's working folder, as the lab's environment folder has them.
 */
public final class LabFiles {

    private static final String RESOURCE_FOLDER = "/labrepl/lab/";
    static final List<String> NAMES = List.of("index.html");

    private LabFiles() {
    }

    public static void copyInto(Path folder) throws IOException {
        for (String name : NAMES) {
            try (InputStream in = LabFiles.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new IOException("The lab file " + name + " is missing from LabREPL's jar");
                }
                Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
