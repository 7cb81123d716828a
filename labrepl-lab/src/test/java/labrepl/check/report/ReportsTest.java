package labrepl.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import labrepl.check.Check;
import labrepl.check.CheckResult;
import labrepl.check.CheckResult.Status;
import labrepl.check.LabChecks;
import labrepl.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One grade in each of its three forms: for a person, for a program, for a grader that reads JUnit XML. */
class ReportsTest {

    private static final LabChecks LAB = new LabChecks("lab1", "Lab 1: the page & the table", List.of());

    private static CheckResult grade(String id, String task, String title, Status status, String message) {
        return new CheckResult("lab1", Check.of(id, task, title, t -> Verdict.passed()), status, message);
    }

    private static final List<CheckResult> GRADES = List.of(
            grade("bucket", "1.1", "the bucket", Status.PASSED, ""),
            grade("policy", "1.2", "a public-read policy", Status.FAILED, "the bucket has no policy"),
            grade("website-answers", "1.4", "the website answers", Status.BLOCKED, "needs 1.2 a public-read policy first"),
            grade("table", "2.1", "the table", Status.ERROR, "could not be checked: the target could not be reached"),
            grade("visit", "2.2", "a visit", Status.SKIPPED, "moto serves no websites"));

    @Test
    void theTextReportIsOneLinePerCheckWithTheHintUnderIt() {
        assertEquals("""
                Lab 1: the page & the table
                  passed   1.1  the bucket
                  FAILED   1.2  a public-read policy
                                the bucket has no policy
                  blocked  1.4  the website answers
                                needs 1.2 a public-read policy first
                  error    2.1  the table
                                could not be checked: the target could not be reached
                  skipped  2.2  a visit
                                moto serves no websites
                5 checks: 1 passed, 1 failed, 1 blocked, 1 skipped, 1 error
                """, TextReport.render(List.of(LAB), GRADES, false));
    }

    @Test
    void colourIsAddedOnlyWhenAskedFor() {
        String coloured = TextReport.render(List.of(LAB), GRADES, true);

        assertTrue(coloured.contains("\u001B[32mpassed  \u001B[0m"), coloured);
        assertTrue(coloured.contains("\u001B[31mFAILED  \u001B[0m"), coloured);
        assertTrue(coloured.contains("\u001B[1mLab 1: the page & the table\u001B[0m"), coloured);
        assertTrue(!TextReport.render(List.of(LAB), GRADES, false).contains("\u001B"));
    }

    @Test
    void theJsonReportHasEachCheckWithItsStatusAndMessage() {
        JsonObject json = JsonParser.parseString(JsonReport.render("local cloud", List.of(LAB), GRADES))
                .getAsJsonObject();

        assertEquals("local cloud", json.get("target").getAsString());
        assertEquals(false, json.get("passed").getAsBoolean());
        JsonObject lab = json.getAsJsonArray("labs").get(0).getAsJsonObject();
        assertEquals("lab1", lab.get("lab").getAsString());
        assertEquals(1, lab.get("passed").getAsInt());
        assertEquals(5, lab.get("total").getAsInt());
        JsonObject policy = lab.getAsJsonArray("checks").get(1).getAsJsonObject();
        assertEquals("policy", policy.get("id").getAsString());
        assertEquals("1.2", policy.get("task").getAsString());
        assertEquals("failed", policy.get("status").getAsString());
        assertEquals("the bucket has no policy", policy.get("message").getAsString());
        assertTrue(!lab.getAsJsonArray("checks").get(0).getAsJsonObject().has("message"), "a pass has no message");
    }

    @Test
    void theJUnitReportIsASuitePerLabWithFailuresErrorsAndSkips(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("grades/student.xml");

        JUnitReport.write("real AWS, us-west-2", List.of(LAB), GRADES, file);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals("lab1 on real AWS, us-west-2", suite.getAttribute("name"));
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"), "a failed and a blocked check");
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("skipped"));
        String text = Files.readString(file);
        assertTrue(text.contains("<testcase classname=\"lab1\" name=\"1.1 the bucket\"/>"), text);
        assertTrue(text.contains("<failure message=\"blocked: needs 1.2 a public-read policy first\">"), text);
    }
}
