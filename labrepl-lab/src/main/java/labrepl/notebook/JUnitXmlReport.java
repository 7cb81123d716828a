package labrepl.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (Map.Entry<Path, List<CellResult>> suite : byNotebook.entrySet()) {
            List<CellResult> cells = suite.getValue();
            xml.append("  <testsuite name=\"").append(escape(suite.getKey().toString()))
                    .append("\" tests=\"").append(cells.size())
                    .append("\" failures=\"").append(VerifyReport.count(cells, CellResult.Status.FAILED))
                    .append("\" skipped=\"").append(VerifyReport.count(cells, CellResult.Status.SKIPPED))
                    .append("\" errors=\"0\">\n");
            for (CellResult cell : cells) {
                xml.append("    <testcase classname=\"").append(escape(suite.getKey().getFileName().toString()))
                        .append("\" name=\"").append(escape("line " + cell.line())).append("\"");
                if (cell.status() == CellResult.Status.PASSED) {
                    xml.append("/>\n");
                    continue;
                }
                xml.append(">\n");
                if (cell.status() == CellResult.Status.SKIPPED) {
                    xml.append("      <skipped message=\"").append(escape(cell.message())).append("\"/>\n");
                } else {
                    String detail = cell.expected() == null ? String.valueOf(cell.actual())
                            : SideBySideDiff.render(cell.expected(), cell.actual());
                    xml.append("      <failure message=\"").append(escape(cell.message())).append("\">")
                            .append(escape(VerifyReport.source(cell.cell()) + "\n" + detail)).append("</failure>\n");
                }
                xml.append("    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        xml.append("</testsuites>\n");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('\uFFFD'); // XML 1.0 has no way to write these characters
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
