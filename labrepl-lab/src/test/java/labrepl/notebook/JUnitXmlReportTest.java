package labrepl.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class JUnitXmlReportTest {

    @TempDir
    Path temp;

    @Test
    void eachCellIsATestCaseWithItsFailureOrSkip() throws Exception {
        Notebook notebook = NotebookReader.parse(Path.of("notebooks/lab.md"),
                "```java\n1 + 1\n```\n```output\n3\n```\n\n```java\n\"<&>\"\n```\n\n```java\n0\n```\n");
        List<CellResult> results = List.of(
                CellResult.failed(notebook, notebook.cells().get(0), "3", "2", "output differs"),
                CellResult.passed(notebook, notebook.cells().get(1), "\"<&>\""),
                CellResult.skipped(notebook, notebook.cells().get(2), "only=aws: needs real AWS \u0001"));
        Path file = temp.resolve("reports/notebooks.xml");

        JUnitXmlReport.write(results, file);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        var suite = xml.getDocumentElement().getElementsByTagName("testsuite").item(0);
        assertTrue(suite.getAttributes().getNamedItem("tests").getNodeValue().equals("3"));
        assertTrue(suite.getAttributes().getNamedItem("failures").getNodeValue().equals("1"));
        assertTrue(suite.getAttributes().getNamedItem("skipped").getNodeValue().equals("1"));
        String text = Files.readString(file);
        assertTrue(text.contains("<testcase classname=\"lab.md\" name=\"line 1\">"), text);
        assertTrue(text.contains("3        | 2"), text);
    }
}
