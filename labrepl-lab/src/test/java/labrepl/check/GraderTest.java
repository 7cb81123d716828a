package labrepl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import labrepl.check.CheckResult.Status;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How grades are made from checks: order, what a failed check blocks, and what a probe's exception becomes. */
@WithLocalCloud
class GraderTest {

    @ClassCloud
    static URI endpoint;
    private static TargetReader target;

    @BeforeAll
    static void open() {
        target = TargetReader.of(Target.localCloud(endpoint, TestCloud.REGION));
    }

    @AfterAll
    static void close() {
        target.close();
    }

    private static LabChecks lab(Check... checks) {
        return new LabChecks("demo", "Lab demo", List.of(checks));
    }

    @Test
    void gradesComeInTheLabsOrderAndAFailedCheckBlocksWhatNeedsIt() {
        LabChecks lab = lab(
                Check.of("first", "1.1", "the first thing", t -> Verdict.failed("do the first thing")),
                Check.of("second", "1.2", "the second thing", t -> Verdict.passed()),
                Check.of("third", "1.3", "the third thing", t -> Verdict.passed()).needing("first", "second"),
                Check.of("fourth", "1.4", "the fourth thing", t -> Verdict.skipped("cannot be seen here"))
                        .needing("second"));

        List<CheckResult> grades = Grader.grade(target, List.of(lab));

        assertEquals(List.of("first", "second", "third", "fourth"), grades.stream().map(g -> g.check().id()).toList());
        assertEquals(List.of(Status.FAILED, Status.PASSED, Status.BLOCKED, Status.SKIPPED),
                grades.stream().map(CheckResult::status).toList());
        assertEquals("do the first thing", grades.get(0).message());
        assertEquals("needs 1.1 the first thing first", grades.get(2).message());
        assertFalse(Grader.allPassed(grades));
        assertTrue(Grader.allPassed(grades.subList(1, 2)));
        assertTrue(Grader.allPassed(grades.subList(3, 4)), "a skipped check is not held against the learner");
    }

    @Test
    void aProbeThatThrowsIsAnErrorWithWhatWentWrong() {
        LabChecks lab = lab(
                Check.of("broken", "1.1", "a thing", t -> {
                    throw new IllegalArgumentException("no such thing\nsecond line");
                }),
                Check.of("after", "1.2", "another", t -> Verdict.passed()).needing("broken"));

        List<CheckResult> grades = Grader.grade(target, List.of(lab));

        assertEquals(Status.ERROR, grades.get(0).status());
        assertEquals("could not be checked: IllegalArgumentException: no such thing", grades.get(0).message());
        assertEquals(Status.BLOCKED, grades.get(1).status());
        assertFalse(Grader.allPassed(grades));
    }

    @Test
    void aServiceErrorIsReportedWithItsCode() {
        LabChecks lab = lab(Check.of("table", "1.1", "a table",
                t -> Verdict.failed(t.dynamodb().describeTable(b -> b.tableName("Nope")).toString())));

        CheckResult grade = Grader.grade(target, List.of(lab)).get(0);

        assertEquals(Status.ERROR, grade.status());
        assertEquals("could not be checked: the target answered ResourceNotFoundException: Requested resource not found:"
                + " Table: Nope not found", grade.message());
    }

    @Test
    void aCheckMayNeedOnlyEarlierChecksOfItsLab() {
        LabChecks lab = lab(Check.of("first", "1.1", "a", t -> Verdict.passed()).needing("later"),
                Check.of("later", "1.2", "b", t -> Verdict.passed()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grader.grade(target, List.of(lab)));
        assertEquals("demo's check first needs later, which is not an earlier check of the same lab", e.getMessage());
    }

    @Test
    void checkIdsAreUniqueWithinALab() {
        LabChecks lab = lab(Check.of("same", "1.1", "a", t -> Verdict.passed()),
                Check.of("same", "1.2", "b", t -> Verdict.passed()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grader.grade(target, List.of(lab)));
        assertEquals("demo has two checks called same", e.getMessage());
    }
}
