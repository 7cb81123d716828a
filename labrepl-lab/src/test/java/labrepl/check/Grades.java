package labrepl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import labrepl.target.Target;

/** A lab's grade on a target, by check id, and the assertion each check test makes on it. */
public final class Grades {

    private Grades() {
    }

    public static Map<String, CheckResult> of(Target target, LabChecks lab) {
        try (TargetReader reader = TargetReader.of(target)) {
            Map<String, CheckResult> byId = new LinkedHashMap<>();
            Grader.grade(reader, List.of(lab)).forEach(result -> byId.put(result.check().id(), result));
            return byId;
        }
    }

    /**
     * The checks named have these statuses and messages containing these words; every other one
     * passed.
     *
     * @param idStatusHint triples of a check's id, its {@link CheckResult.Status} and words of its message
     */
    public static void assertGrades(Map<String, CheckResult> grades, Object... idStatusHint) {
        Map<String, CheckResult> rest = new LinkedHashMap<>(grades);
        for (int i = 0; i < idStatusHint.length; i += 3) {
            CheckResult result = rest.remove((String) idStatusHint[i]);
            assertEquals(idStatusHint[i + 1], result.status(), result.toString());
            assertTrue(result.message().contains((String) idStatusHint[i + 2]),
                    "'" + result.message() + "' should say '" + idStatusHint[i + 2] + "'");
        }
        rest.values().forEach(result -> assertEquals(CheckResult.Status.PASSED, result.status(), result.toString()));
    }
}
