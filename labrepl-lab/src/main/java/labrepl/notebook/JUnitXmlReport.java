package labrepl.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import labrepl.report.JUnitXml;

/**
 * JUnit XML for CI servers: a test suite per notebook, a test case per cell, failures with
 * the side-by-side output, skips with their reason.
 */
public final class JUnitXmlReport {

    private JUnitXmlReport() {
    }

    public static void write(List<CellResult> results, Path file) throws IOException {
        Map<Path, List<CellResult>> byNotebook = results.stream()
                .collect(Collectors.groupingBy(CellResult::notebook, LinkedHashMap::new, Collectors.toList()));
        List<JUnitXml.Suite> suites = byNotebook.entrySet().stream()
                .map(suite -> new JUnitXml.Suite(suite.getKey().toString(), suite.getValue().stream()
                        .map(cell -> testCase(suite.getKey().getFileName().toString(), cell)).toList()))
                .toList();
        JUnitXml.write(suites, file);
    }

    private static JUnitXml.TestCase testCase(String notebook, CellResult cell) {
        String name = (Notebook.isJupyter(cell.notebook()) ? "cell " : "line ") + cell.line();
        return switch (cell.status()) {
            case PASSED -> new JUnitXml.TestCase(notebook, name, JUnitXml.Outcome.PASSED, "", "");
            case SKIPPED -> new JUnitXml.TestCase(notebook, name, JUnitXml.Outcome.SKIPPED, cell.message(), "");
            case FAILED -> {
                String detail = cell.expected() == null ? String.valueOf(cell.actual())
                        : SideBySideDiff.render(cell.expected(), cell.actual());
                yield new JUnitXml.TestCase(notebook, name, JUnitXml.Outcome.FAILED, cell.message(),
                        VerifyReport.source(cell.cell()) + "\n" + detail);
            }
        };
    }
}
