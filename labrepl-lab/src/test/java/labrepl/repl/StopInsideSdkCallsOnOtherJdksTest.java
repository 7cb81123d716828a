package labrepl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link StopStress} in a child JVM of every other JDK 17+ installed beside this one (JShell stops
 * cells differently before and after JDK 20), so one {@code mvnw verify} covers them all. Machines
 * with one JDK skip it, saying so.
 */
@Tag("stress")
@Tag("process")
class StopInsideSdkCallsOnOtherJdksTest {

    private static final Path JVMS = Path.of("/usr/lib/jvm");

    @TestFactory
    Stream<DynamicTest> stopsNeverBreakTheSessionOnEveryInstalledJdk() throws IOException {
        List<Path> others = otherJdks();
        assumeFalse(others.isEmpty(), "no other JDK in " + JVMS);
        return others.stream().map(java -> DynamicTest.dynamicTest(java.toString(), () -> {
            Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    StopStress.class.getName(), String.valueOf(StopInsideSdkCallsStressTest.STOPS))
                    .redirectErrorStream(true)
                    .start();
            String report = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            child.waitFor(10, TimeUnit.MINUTES);
            assertEquals(0, child.exitValue(), report);
        }));
    }

    /** The java of each JDK 17+ under /usr/lib/jvm that is not the one running the tests (aliases counted once). */
    private static List<Path> otherJdks() throws IOException {
        if (!Files.isDirectory(JVMS)) {
            return List.of();
        }
        Path current = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> homes = Files.list(JVMS)) {
            return homes.map(home -> home.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .map(StopInsideSdkCallsOnOtherJdksTest::realPath)
                    .distinct()
                    .filter(java -> !java.getParent().getParent().equals(current))
                    .filter(java -> featureVersion(java.getParent().getParent()) >= 17)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** JAVA_VERSION from the JDK's release file, e.g. 25 for "25.0.1"; 0 when unknown. */
    private static int featureVersion(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(version -> Integer.parseInt(version.split("[.+-]")[0]))
                    .findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
