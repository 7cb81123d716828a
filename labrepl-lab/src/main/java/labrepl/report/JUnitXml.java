package labrepl.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JUnit XML, the report format CI servers and graders read: suites of test cases, each passed,
 * failed, in error or skipped. Shared by {@code labrepl verify} (a suite per notebook) and
 * {@code labrepl check} (a suite per lab).
 */
public final class JUnitXml {

    public enum Outcome { PASSED, FAILED, ERROR, SKIPPED }

    /**
     * @param message one line on what went wrong or why it was skipped; empty when it passed
     * @param detail  the longer text a failure or error carries, or empty
     */
    public record TestCase(String classname, String name, Outcome outcome, String message, String detail) {
    }

    public record Suite(String name, List<TestCase> cases) {

        public Suite {
            cases = List.copyOf(cases);
        }

        long count(Outcome outcome) {
            return cases.stream().filter(c -> c.outcome() == outcome).count();
        }
    }

    private JUnitXml() {
    }

    public static void write(List<Suite> suites, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(suites), StandardCharsets.UTF_8);
    }

    public static String render(List<Suite> suites) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (Suite suite : suites) {
            xml.append("  <testsuite name=\"").append(escape(suite.name()))
                    .append("\" tests=\"").append(suite.cases().size())
                    .append("\" failures=\"").append(suite.count(Outcome.FAILED))
                    .append("\" errors=\"").append(suite.count(Outcome.ERROR))
                    .append("\" skipped=\"").append(suite.count(Outcome.SKIPPED)).append("\">\n");
            for (TestCase test : suite.cases()) {
                xml.append("    <testcase classname=\"").append(escape(test.classname()))
                        .append("\" name=\"").append(escape(test.name())).append("\"");
                switch (test.outcome()) {
                    case PASSED -> xml.append("/>\n");
                    case SKIPPED -> xml.append(">\n      <skipped message=\"").append(escape(test.message()))
                            .append("\"/>\n    </testcase>\n");
                    case FAILED, ERROR -> {
                        String element = test.outcome() == Outcome.FAILED ? "failure" : "error";
                        xml.append(">\n      <").append(element).append(" message=\"").append(escape(test.message()))
                                .append("\">").append(escape(test.detail())).append("</").append(element)
                                .append(">\n    </testcase>\n");
                    }
                }
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
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
