package labrepl.repl.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import labrepl.helpers.clients.LabClients;

/**
 * Ctrl-C for one session's cells. Pressing it sets the switch; the checks {@link StopCheckVisitor}
 * puts into every snippet method then end the cell with {@link CellStopped}, in the learner's own
 * code only. No stop is ever thrown into a library: {@code Thread.stop}, which JShell uses on JDK 17,
 * could land inside the HTTP client, which closes its connection pool for good on any
 * {@code Error}. A check inside an HTTP call (a snippet's request body stream) waits until the
 * call is over, for the same reason.
 */
public final class StopSwitch {

    /** Sessions whose switch is set: while none is, a check costs one volatile read. */
    private static final AtomicInteger SET = new AtomicInteger();
    private static final InheritableThreadLocal<StopSwitch> OWNER = new InheritableThreadLocal<>();

    private final AtomicBoolean set = new AtomicBoolean();

    /** What every woven check calls. Public because snippet classes call it. */
    public static void check() {
        if (SET.get() != 0) {
            checkThisThread();
        }
    }

    private static void checkThisThread() {
        StopSwitch owner = OWNER.get();
        if (owner != null && owner.set.get() && !LabClients.httpCallInProgressOnThisThread()) {
            throw new CellStopped();
        }
    }

    /** Ctrl-C: the running cell (or the next snippet of it) stops at its next check. */
    public void press() {
        if (set.compareAndSet(false, true)) {
            SET.incrementAndGet();
        }
    }

    /** A new cell begins. */
    public void reset() {
        if (set.compareAndSet(true, false)) {
            SET.decrementAndGet();
        }
    }

    public boolean pressed() {
        return set.get();
    }

    /** The checks of this thread and of the threads it starts obey this switch. */
    void governCurrentThread() {
        OWNER.set(this);
    }

    /**
     * What a check throws. An {@link Error}, so that the learner's {@code catch (Exception e)}
     * around a call does not swallow Ctrl-C.
     */
    public static final class CellStopped extends Error {
        private static final long serialVersionUID = 1L;

        CellStopped() {
            super("Stopped by Ctrl-C", null, false, false);
        }
    }
}
