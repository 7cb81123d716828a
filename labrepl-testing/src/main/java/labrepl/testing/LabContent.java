package labrepl.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import labrepl.notebook.CellResult;
import labrepl.notebook.NotebookRunner;
import labrepl.notebook.VerifyReport;
import labrepl.repl.Session;
import labrepl.script.ScriptReplay;
import labrepl.target.LocalCloudTarget;
import labrepl.target.TargetLease;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Lab content as JUnit 5 dynamic tests, for this project's suite and for a course's own:
 * each notebook is a container with a test per cell, each lab script a test, all against
 * fresh in-memory local clouds.
 *
 * <pre>{@code
 * class MyCourseTest {
 *     @TestFactory
 *     Stream<DynamicNode> notebooks() {
 *         return LabContent.notebooks(Path.of("notebooks"));
 *     }
 * }
 * }</pre>
 */
public final class LabContent {

    private static final String REGION = "us-west-2";

    private LabContent() {
    }

    /** A container per notebook ({@code *.md} under {@code folder}), a test per cell, in order. */
    public static Stream<DynamicNode> notebooks(Path folder) {
        NotebookRunner runner = new NotebookRunner(LocalCloudTarget.freshInMemory(REGION), false);
        return files(folder, ".md").stream().map(notebook -> {
            Supplier<List<CellResult>> results = memoized(() -> runner.verify(notebook));
            return DynamicContainer.dynamicContainer(notebook.toString(), notebook.toUri(),
                    Stream.iterate(0, i -> i < results.get().size(), i -> i + 1)
                            .map(i -> cellTest(results.get().get(i))));
        });
    }

    private static DynamicTest cellTest(CellResult result) {
        return DynamicTest.dynamicTest("line " + result.line(), () -> {
            if (result.status() == CellResult.Status.SKIPPED) {
                Assumptions.abort("skipped: " + result.message());
            }
            if (result.status() == CellResult.Status.FAILED) {
                StringWriter report = new StringWriter();
                VerifyReport.print(List.of(result), new PrintWriter(report));
                fail(report.toString());
            }
        });
    }

    /** A test per lab script ({@code *.jsh} under {@code folder}), each replayed in a fresh session. */
    public static Stream<DynamicNode> scripts(Path folder) {
        return files(folder, ".jsh").stream().map(script -> DynamicTest.dynamicTest(script.toString(), script.toUri(),
                () -> {
                    StringWriter transcript = new StringWriter();
                    try (TargetLease lease = LocalCloudTarget.inMemory(REGION).start();
                            Session session = Session.builder(lease.target()).workingFolder(script.getParent()).start()) {
                        ScriptReplay.Outcome outcome = ScriptReplay.builder(session, new PrintWriter(transcript))
                                .build().replay(script);
                        assertTrue(outcome.succeeded(), () -> String.join("\n", outcome.failures())
                                + "\n\nTranscript:\n" + transcript);
                    }
                }));
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
