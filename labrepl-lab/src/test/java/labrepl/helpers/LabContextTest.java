package labrepl.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import labrepl.target.Target;
import org.junit.jupiter.api.Test;

/** Which session the helpers serve on a thread: its own, an inherited one, or a clear error, never a guess. */
class LabContextTest {

    private static final Target LOCAL = Target.localCloud(URI.create("http://127.0.0.1:1"), "us-west-2");

    @Test
    void threadsStartedFromASessionServeThatSession() throws Exception {
        try (LabContext context = LabContext.create(LOCAL, Path.of(""))) {
            AtomicReference<LabContext> seen = new AtomicReference<>();
            Thread session = new Thread(() -> {
                context.makeCurrent();
                Thread child = new Thread(() -> seen.set(LabContext.current()));
                child.start();
                join(child);
            });
            session.start();
            session.join();
            assertSame(context, seen.get());
        }
    }

    @Test
    void aThreadOfNoSessionIsToldSoEvenWhileOneIsOpen() throws Exception {
        try (LabContext context = LabContext.create(LOCAL, Path.of(""))) {
            AtomicReference<Throwable> error = new AtomicReference<>();
            Thread stranger = new Thread(() -> error.set(assertThrows(IllegalStateException.class, LabContext::current)));
            stranger.start();
            stranger.join();
            assertTrue(error.get().getMessage().startsWith("No LabREPL session runs on this thread"),
                    error.get().getMessage());
        }
    }

    @Test
    void theSharedPoolServesTheOnlyOpenSession() {
        try (LabContext context = LabContext.create(LOCAL, Path.of(""))) {
            assertSame(context, inSharedPool().join());
        }
    }

    @Test
    void theSharedPoolWithTwoSessionsOpenSaysWhyItCannotChoose() {
        try (LabContext one = LabContext.create(LOCAL, Path.of(""));
                LabContext two = LabContext.create(LOCAL, Path.of(""))) {
            CompletionException error = assertThrows(CompletionException.class, () -> inSharedPool().join());
            assertEquals(IllegalStateException.class, error.getCause().getClass());
            assertTrue(error.getCause().getMessage().contains("2 LabREPL sessions are open"),
                    error.getCause().getMessage());
        }
    }

    @Test
    void aThreadLeftFromAnEndedSessionIsToldItEnded() throws Exception {
        LabContext ended = LabContext.create(LOCAL, Path.of(""));
        ended.close();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread leftOver = new Thread(() -> {
            ended.makeCurrent();
            error.set(assertThrows(IllegalStateException.class, LabContext::current));
        });
        leftOver.start();
        leftOver.join();
        assertTrue(error.get().getMessage().startsWith("The LabREPL session this thread was started from has ended"),
                error.get().getMessage());
    }

    /**
     * On a worker of the shared pool, for sure: waiting on a ForkJoinTask may run it on the waiting
     * thread, and CompletableFuture's async methods bypass the pool on a machine of two cores or less.
     */
    private static CompletableFuture<LabContext> inSharedPool() {
        CompletableFuture<LabContext> result = new CompletableFuture<>();
        ForkJoinPool.commonPool().execute(() -> {
            try {
                result.complete(LabContext.current());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
