package labrepl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/** The version Maven wrote into the jar, with the Java that runs it. */
final class Version {

    private Version() {
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/labrepl/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": a version line is not worth failing for
        }
        return properties.getProperty("version", "unknown");
    }

    /** What {@code --version} prints. */
    static List<String> lines() {
        return List.of("LabREPL " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    }
}
