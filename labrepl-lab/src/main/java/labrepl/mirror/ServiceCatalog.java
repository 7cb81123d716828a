package labrepl.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.awscore.AwsClient;

/**
 * Every synchronous SDK v2 service client on the class path ({@code DynamoDbClient}, {@code S3Client},
 * {@code StsClient}, and whichever are added), found by the SDK's own package layout, so that a
 * service added to the build is mirrored with nothing else changed.
 */
public final class ServiceCatalog {

    private static final String SERVICES = "software/amazon/awssdk/services/";

    private final Map<Class<?>, ServiceModel> byClient = new LinkedHashMap<>();

    private ServiceCatalog(List<Class<?>> clients) {
        for (Class<?> client : clients) {
            byClient.put(client, new ServiceModel(client));
        }
    }

    /** The clients visible to {@code loader}, read once; operations are read when first asked for. */
    public static ServiceCatalog of(ClassLoader loader) {
        List<Class<?>> clients = new ArrayList<>();
        for (String name : clientClassNames(loader)) {
            try {
                // Not initialised, and no reflection on its methods yet: that loads every model class it names.
                Class<?> type = Class.forName(name, false, loader);
                if (type.isInterface() && AwsClient.class.isAssignableFrom(type)) {
                    clients.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // A class the loader lists but cannot link is not a client the learner can use.
            }
        }
        return new ServiceCatalog(clients);
    }

    public List<ServiceModel> services() {
        return List.copyOf(byClient.values());
    }

    /** The service whose request or response class this is. */
    Optional<ServiceModel> forModelClass(Class<?> modelClass) {
        String modelPackage = modelClass.getPackageName();
        return byClient.values().stream()
                .filter(service -> modelPackage.equals(service.packageName() + ".model"))
                .findFirst();
    }

    /** The service the AWS CLI calls {@code name} ({@code s3api} is S3's low-level commands). */
    ServiceModel forCliName(String name) {
        return byClient.values().stream()
                .filter(service -> service.answersTo(name))
                .findFirst()
                .orElseThrow(() -> new MirrorException("No SDK client on the class path for the AWS CLI's "
                        + name + ". Mirrored: s3 (cp, ls, mb, rb, rm, sync), " + byClient.values().stream()
                        .map(ServiceModel::cliName).sorted().collect(Collectors.joining(", ")) + "."));
    }

    /** {@code XClient} classes under the SDK's services packages, in every jar or folder of the class path. */
    private static TreeSet<String> clientClassNames(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(SERVICES);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            addIfClient(entries.nextElement().getName(), names);
                        }
                    }
                } else if ("file".equals(root.getProtocol())) {
                    Path folder = Path.of(root.toURI());
                    Path base = folder.getParent().getParent().getParent().getParent();
                    try (Stream<Path> files = Files.walk(folder)) {
                        files.forEach(file -> addIfClient(base.relativize(file).toString().replace('\\', '/'), names));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the SDK's service clients", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static void addIfClient(String entry, TreeSet<String> names) {
        if (!entry.startsWith(SERVICES) || !entry.endsWith("Client.class") || entry.contains("/internal/")
                || entry.contains("/model/")) {
            return;
        }
        String simple = entry.substring(entry.lastIndexOf('/') + 1, entry.length() - ".class".length());
        if (simple.endsWith("AsyncClient") || simple.startsWith("Default") || simple.startsWith("Delegating")
                || simple.contains("$")) {
            return;
        }
        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }
}
