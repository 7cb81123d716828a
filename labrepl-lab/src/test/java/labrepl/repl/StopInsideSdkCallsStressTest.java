package labrepl.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C at random moments of SDK calls, hundreds of times, never leaves the session's clients
 * unusable. On JDK 17 JShell's own stop (Thread.stop) broke the HTTP client's pool about one stop
 * in seven; these fail on it within a few dozen stops. {@link StopInsideSdkCallsOnOtherJdksTest}
 * runs the same on the other JDKs of the machine.
 */
@Tag("stress")
class StopInsideSdkCallsStressTest {

    static final int STOPS = 200;
    private static StopStress stress;

    @BeforeAll
    static void start() {
        stress = new StopStress();
    }

    @AfterAll
    static void stop() {
        stress.close();
    }

    private static void assertNeverBroken(StopStress.Workload workload) throws Exception {
        StopStress.Outcome outcome = stress.run(workload, STOPS);
        assertFalse(outcome.broken(), () -> "stop " + outcome.stops() + " broke the session: " + outcome.firstBreak());
    }

    @Test
    void stoppingALoopOfDynamoDbCallsNeverBreaksTheSession() throws Exception {
        assertNeverBroken(StopStress.Workload.DYNAMODB_CALLS);
    }

    @Test
    void stoppingS3UploadsInFlightNeverBreaksTheSession() throws Exception {
        assertNeverBroken(StopStress.Workload.S3_UPLOADS);
    }

    @Test
    void stoppingS3DownloadsInFlightNeverBreaksTheSession() throws Exception {
        assertNeverBroken(StopStress.Workload.S3_DOWNLOADS);
    }
}
