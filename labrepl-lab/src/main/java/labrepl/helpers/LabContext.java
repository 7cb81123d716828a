package labrepl.helpers;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import labrepl.helpers.clients.Confirmation;
import labrepl.helpers.clients.LabClients;
import labrepl.helpers.clients.Redactor;
import labrepl.target.CallerIdentity;
import labrepl.target.Target;

/**
 * What the helpers need from the session they run in: its SDK clients, the folder that relative
 * file names start from, and the secrets to mask. A session makes its context current on the
 * thread that runs its snippets; threads started from there inherit it, so several sessions (one
 * per notebook, say) can live in one JVM.
 *
 * <p>The threads of Java's shared ForkJoin pool (parallel streams, {@code CompletableFuture.*Async})
 * are started by the pool, not by a session, so they inherit nothing. They get the open session
 * when there is exactly one, as in the REPL; with several open, which one's clients to use cannot
 * be known, and the helpers say so instead of guessing.
 */
public final class LabContext implements AutoCloseable {

    private static final InheritableThreadLocal<LabContext> CURRENT = new InheritableThreadLocal<>();
    private static final Set<LabContext> OPEN = ConcurrentHashMap.newKeySet();

    private final LabClients clients;
    private final Path workingFolder;
    private final Redactor redactor;
    private volatile String accountId;
    private volatile boolean closed;

    private LabContext(LabClients clients, Path workingFolder, Redactor redactor) {
        this.clients = clients;
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.redactor = redactor;
    }

    /**
     * A context for {@code target} where nobody can confirm a deletion on real AWS (plain jshell);
     * relative file names resolve against {@code workingFolder}.
     */
    public static LabContext create(Target target, Path workingFolder) {
        return create(target, workingFolder, Confirmation.NO_TERMINAL);
    }

    /** A context whose deletions on real AWS {@code confirmation} answers for. */
    public static LabContext create(Target target, Path workingFolder, Confirmation confirmation) {
        Redactor redactor = new Redactor();
        LabContext context = new LabContext(LabClients.forTarget(target, redactor, confirmation), workingFolder,
                redactor);
        OPEN.add(context);
        return context;
    }

    /**
     * The context of the session running on this thread (or that started it); on a thread of the
     * shared ForkJoin pool, the only open session.
     *
     * @throws IllegalStateException on a thread of no session, or of one that has ended, saying why
     */
    public static LabContext current() {
        LabContext context = CURRENT.get();
        if (context != null) {
            if (context.closed) {
                throw new IllegalStateException("The LabREPL session this thread was started from has ended; its"
                        + " clients are closed.");
            }
            return context;
        }
        if (!inCommonPool()) {
            throw new IllegalStateException("No LabREPL session runs on this thread; the helpers work inside"
                    + " the REPL, a notebook or a lab script, and in threads started from there.");
        }
        List<LabContext> open = List.copyOf(OPEN);
        if (open.size() != 1) {
            throw new IllegalStateException("This thread of Java's shared ForkJoin pool (a parallel stream, or"
                    + " CompletableFuture.*Async) belongs to no session, and " + open.size() + " LabREPL sessions"
                    + " are open, so whose clients to use is not known. Use a sequential stream, or an executor"
                    + " the cell creates: threads started from a cell belong to its session.");
        }
        return open.get(0);
    }

    private static boolean inCommonPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread worker
                && worker.getPool() == ForkJoinPool.commonPool();
    }

    /** Makes this the context of the calling thread and of the threads it starts from now on. */
    public void makeCurrent() {
        CURRENT.set(this);
    }

    public Target target() {
        return clients.target();
    }

    /** The account the target's credentials belong to, asked of STS once per session. */
    public String accountId() {
        String known = accountId;
        if (known == null) {
            known = CallerIdentity.accountOf(target());
            accountId = known;
        }
        return known;
    }

    public LabClients clients() {
        return clients;
    }

    public Path workingFolder() {
        return workingFolder;
    }

    /** {@code name} resolved against the working folder (an absolute name stays as it is). */
    public Path resolve(String name) {
        return workingFolder.resolve(Objects.requireNonNull(name, "file name"));
    }

    /** {@code text} with every secret this session has signed with replaced by {@code ****}. */
    public String redact(String text) {
        return redactor.redact(text);
    }

    @Override
    public void close() {
        closed = true;
        OPEN.remove(this);
        clients.close();
    }
}
