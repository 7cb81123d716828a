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
        return type.getPackageName().equals("java.lang") || imports.contains(single)
                || imports.contains(onDemand) && !clashes(type);
    }

    @Override
    public boolean clashes(Class<?> type) {
        for (String line : imports) {
            if (!line.startsWith("import ") || line.startsWith("import static ")) {
                continue;
            }
            String imported = line.substring("import ".length(), line.length() - 1).strip();
            String candidate = imported.endsWith(".*")
                    ? imported.substring(0, imported.length() - 1) + type.getSimpleName() : imported;
            if (candidate.endsWith("." + type.getSimpleName()) && !candidate.equals(type.getCanonicalName())
                    && exists(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, MirroredSession.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
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
    public Optional<URI> endpoint(Class<?> client) {
        return session.target().endpointOfClient(client);
    }
}
