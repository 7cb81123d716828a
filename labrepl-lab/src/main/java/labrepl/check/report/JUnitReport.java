package labrepl.check.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import labrepl.check.CheckResult;
import labrepl.check.LabChecks;
import labrepl.report.JUnitXml;

/**
 * The grade as JUnit XML, for graders that read test reports: a suite per lab, a test case per
 * check. A check that failed or is blocked is a failure, one that could not be asked an error.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static void write(String target, List<LabChecks> labs, List<CheckResult> grades, Path file)
            throws IOException {
        List<JUnitXml.Suite> suites = labs.stream().map(lab -> new JUnitXml.Suite(lab.id() + " on " + target,
                grades.stream().filter(grade -> grade.lab().equals(lab.id())).map(JUnitReport::testCase).toList()))
                .toList();
        JUnitXml.write(suites, file);
    }

    private static JUnitXml.TestCase testCase(CheckResult grade) {
        JUnitXml.Outcome outcome = switch (grade.status()) {
            case PASSED -> JUnitXml.Outcome.PASSED;
            case FAILED, BLOCKED -> JUnitXml.Outcome.FAILED;
            case ERROR -> JUnitXml.Outcome.ERROR;
            case SKIPPED -> JUnitXml.Outcome.SKIPPED;
        };
        String message = grade.status() == CheckResult.Status.BLOCKED ? "blocked: " + grade.message() : grade.message();
        return new JUnitXml.TestCase(grade.lab(), grade.check().task() + " " + grade.check().title(), outcome, message,
                grade.status() == CheckResult.Status.PASSED || grade.status() == CheckResult.Status.SKIPPED ? ""
                        : message);
    }
}
