package labrepl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import labrepl.target.Target;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C reaches a cell blocked inside an SDK call, where neither the stop checks in the cell's
 * code nor an interrupt can: the session closes the call's connection.
 */
class StopInsideSdkCallTest {

    @Test
    void stopClosesTheConnectionOfABlockedCallAndTheSessionGoesOn() throws Exception {
        CountDownLatch calling = new CountDownLatch(1);
        try (SilentServer silent = new SilentServer();
             Session session = Session.builder(Target.endpoint(silent.endpoint(), "us-west-2", null))
                     .liveOutput((text, error) -> {
                         if (text.contains("calling")) {
                             calling.countDown();
                         }
                     })
                     .start()) {
            CompletableFuture<List<SnippetResult>> cell = CompletableFuture.supplyAsync(
                    () -> session.eval("System.out.println(\"calling\"); dynamodb.listTables()"));
            assertTrue(calling.await(60, TimeUnit.SECONDS), "the cell started");
            assertTrue(silent.awaitConnection(60), "the SDK call reached the server");
            session.stop();
            assertTrue(silent.clientHungUp(30), "the blocked call's connection was closed");
            List<SnippetResult> results = cell.get(60, TimeUnit.SECONDS);
            assertEquals(SnippetResult.Status.STOPPED, results.get(results.size() - 1).status());
            assertEquals("2", session.eval("1 + 1").get(0).value());
        }
    }
}
