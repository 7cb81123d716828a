package labrepl.repl.console;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import labrepl.helpers.Lab;
import labrepl.mirror.MirrorSession;
import labrepl.repl.Session;

/** The REPL session as the mirror sees it: its preloaded clients, its imports and variables, its target. */
public final class MirroredSession implements MirrorSession {

    private final Session session;
    private final List<String> imports;
    private final Set<String> variables;

    /** A view of the session as it is now (imports and variables are read once). */
    public MirroredSession(Session session) {
        this.session = session;
        this.imports = session.imports();
        this.variables = session.variableNames();
    }

    @Override
    public Optional<String> clientVariable(Class<?> client) {
        for (Field field : Lab.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == client) {
                return Optional.of(field.getName());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean imports(Class<?> type) {
        String single = "import " + type.getCanonicalName() + ";";
        String onDemand = "import " + type.getPackageName() + ".*;";
        return type.getPackageName().equals("java.lang") || imports.contains(single) || imports.contains(onDemand);
    }

    @Override
    public boolean hasVariable(String name) {
        return variables.contains(name);
    }

    @Override
    public Path workingFolder() {
        return session.context().workingFolder();
    }

    @Override
    public String region() {
        return session.target().region();
    }

    @Override
    public Optional<URI> endpoint() {
        return session.target().endpoint();
    }
}
