package labrepl.helpers;

import java.nio.file.Path;
import java.util.Objects;
import labrepl.helpers.clients.CallerIdentity;
import labrepl.helpers.clients.LabClients;
import labrepl.helpers.clients.Redactor;

/**
 * What the helpers need from the session they run in: its SDK clients, the folder that relative
 * file names start from, and the secrets to mask. A session makes its context current on the
 * thread that runs its snippets; threads started from there inherit it, so several sessions (one
 * per notebook, say) can live in one JVM.
 */
public final class LabContext implements AutoCloseable {

    private static final InheritableThreadLocal<LabContext> CURRENT = new InheritableThreadLocal<>();
    /** For threads no session started (a parallel stream's pool): the session opened last. */
    private static volatile LabContext latest;

    private final LabClients clients;
    private final Path workingFolder;
    private final Redactor redactor;
    private volatile String accountId;

    private LabContext(LabClients clients, Path workingFolder, Redactor redactor) {
        this.clients = clients;
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.redactor = redactor;
    }

    /** A context for {@code target}; relative file names resolve against {@code workingFolder}. */
    public static LabContext create(Target target, Path workingFolder) {
        Redactor redactor = new Redactor();
        LabContext context = new LabContext(LabClients.forTarget(target, redactor), workingFolder, redactor);
        latest = context;
        return context;
    }

    /**
     * The context of the session running on this thread; on a thread no session started, the
     * session opened last.
     */
    public static LabContext current() {
        LabContext context = CURRENT.get();
        if (context == null) {
            context = latest;
        }
        if (context == null) {
            throw new IllegalStateException("No LabREPL session runs on this thread; the helpers work inside"
                    + " the REPL, a notebook or a lab script.");
        }
        return context;
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
        if (latest == this) {
            latest = null;
        }
        clients.close();
    }
}
