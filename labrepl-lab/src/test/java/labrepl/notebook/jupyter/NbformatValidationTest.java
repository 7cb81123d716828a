package labrepl.notebook.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the export writes is a valid nbformat 4 notebook, checked by Jupyter's own library
 * (Python's {@code nbformat}, Debian's python3-nbformat), which also writes it back unchanged.
 * Without that library the test is skipped, unless LABREPL_REQUIRE_NBFORMAT is set, as CI sets it.
 */
class NbformatValidationTest {

    private static final String CHECK = """
            import sys, nbformat
            for path in sys.argv[1:]:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                notebook = nbformat.reads(text, as_version=4)
                nbformat.validate(notebook)
                if nbformat.writes(notebook) + "\\n" != text:
                    sys.exit(path + ": Jupyter would write it differently")
            print("valid", len(sys.argv) - 1)
            """;

    @TempDir
    Path folder;

    @Test
    void everyExportedNotebookIsValidNbformatFourAsJupyterWritesIt() throws Exception {
        String python = pythonWithNbformat().orElseGet(() -> {
            if (System.getenv("LABREPL_REQUIRE_NBFORMAT") != null) {
                fail("LABREPL_REQUIRE_NBFORMAT is set but no python3 here can import nbformat"
                        + " (apt-get install python3-nbformat)");
            }
            Assumptions.abort("Python's nbformat is not installed (apt-get install python3-nbformat)");
            return null;
        });
        List<String> command = new ArrayList<>(List.of(python, "-c", CHECK));
        try (var notebooks = Files.list(Path.of("notebooks"))) {
            for (Path notebook : notebooks.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                command.add(export(notebook.getFileName().toString(), Files.readString(notebook)).toString());
            }
        }
        command.add(export("everything.md", JupyterRoundTripTest.EVERYTHING).toString());

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);

        assertEquals("valid " + (command.size() - 3) + "\n", said);
        assertEquals(0, process.exitValue());
    }

    private Path export(String name, String markdown) throws IOException {
        return Files.writeString(folder.resolve(name.replace(".md", ".ipynb")), IpynbWriter.write(markdown));
    }

    /** python3 first; Debian's own /usr/bin/python3 when another python3 comes first on the PATH. */
    private static Optional<String> pythonWithNbformat() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import nbformat").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
