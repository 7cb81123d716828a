package labrepl.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The files a lab starts with (the web page of Task 1, and the functions of Lab 2 that Lab 3
 * deploys), shipped inside the jar and copied into each notebook's working folder, as the lab's
 * environment folder has them.
 */
public final class LabFiles {

    private static final String RESOURCE_FOLDER = "/labrepl/lab/";
    static final List<String> NAMES = List.of("index.html", "lambda/ListCustomers.java", "lambda/SaveCustomer.java");

    private LabFiles() {
    }

    public static void copyInto(Path folder) throws IOException {
        for (String name : NAMES) {
            try (InputStream in = LabFiles.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new IOException("The lab file " + name + " is missing from LabREPL's jar");
                }
                Path file = folder.resolve(name);
                Files.createDirectories(file.getParent());
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
