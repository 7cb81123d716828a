package labrepl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import labrepl.cloud.junit.TestCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.Test;

/**
 * An {@code Error} inside an HTTP call makes the Apache client shut its connection pool down for
 * good; the session's clients get new connections before the next call and say so once.
 */
class ClosedConnectionsAreReplacedTest {

    private static final String FAILING_BODY = "s3.putObject(b -> b.bucket(\"renewal\").key(\"k\"),"
            + " RequestBody.fromContentProvider(() -> new InputStream() {"
            + " public int read() { throw new AssertionError(\"broken body\"); } }, 10, \"text/plain\"))";

    @Test
    void theCallAfterAnErrorInsideTheHttpClientWorksWithOneNote() {
        try (TestCloud cloud = TestCloud.inMemory();
             Session session = Session.builder(Target.localCloud(cloud.endpoint(), TestCloud.REGION)).start()) {
            assertEquals(SnippetResult.Status.OK, session.eval("s3.createBucket(b -> b.bucket(\"renewal\"))").get(0).status());
            SnippetResult failed = session.eval(FAILING_BODY).get(0);
            assertEquals("AssertionError", failed.failure().type());

            SnippetResult next = session.eval("dynamodb.listTables()").get(0);
            assertEquals(SnippetResult.Status.OK, next.status(), String.valueOf(next.failure()));
            assertEquals("(LabREPL: an error inside the SDK had closed the session's connections; new ones are open.)\n",
                    next.output());
            List<SnippetResult> after = session.eval("s3.listBuckets()");
            assertEquals(SnippetResult.Status.OK, after.get(0).status());
            assertEquals("", after.get(0).output(), "the note is said once");
        }
    }
}
