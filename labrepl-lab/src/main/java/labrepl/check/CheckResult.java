package labrepl.check;

/**
 * The grade of one check.
 *
 * @param lab     the lab's id, e.g. {@code lab1}
 * @param message for anything but {@link Status#PASSED}: the hint, the reason or the problem; else empty
 */
public record CheckResult(String lab, Check check, Status status, String message) {

    public enum Status {
        /** Done as the lab asks. */
        PASSED,
        /** Not done, or done wrong; the message is the hint. */
        FAILED,
        /** Not looked at, because a check it needs did not pass. */
        BLOCKED,
        /** This target cannot show it (an endpoint without websites); does not count against the learner. */
        SKIPPED,
        /** The target could not be asked (no network, credentials that may not read it). */
        ERROR;

        /** Whether a grade with this status still lets the whole grade pass. */
        public boolean acceptable() {
            return this == PASSED || this == SKIPPED;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
