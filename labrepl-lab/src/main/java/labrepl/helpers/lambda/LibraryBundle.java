package labrepl.helpers.lambda;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A jar of the libraries a function needs, taken from the REPL's own class path (the AWS SDK is
 * there, whether as separate jars or inside labrepl.jar): the entries under the given package
 * folders, with the SDK's service-loader files merged so its HTTP client is found.
 */
final class LibraryBundle {

    private final Predicate<String> wanted;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, StringBuilder> services = new LinkedHashMap<>();

    private LibraryBundle(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    /** The entries of the class path that {@code wanted} accepts, as one jar's bytes; null when none matched. */
    static byte[] fromClassPath(Predicate<String> wanted) {
        LibraryBundle bundle = new LibraryBundle(wanted);
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(element);
            if (Files.isDirectory(path)) {
                bundle.addFolder(path);
            } else if (Files.isRegularFile(path)) {
                bundle.addJar(path);
            }
        }
        return bundle.entries.isEmpty() ? null : bundle.toJar();
    }

    private void addFolder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '/');
                if (accepts(name)) {
                    add(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    private void addJar(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory() && accepts(e.getName())).toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    add(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar + ": " + e.getMessage(), e);
        }
    }

    private boolean accepts(String name) {
        return name.startsWith("META-INF/services/software.amazon.awssdk.") || wanted.test(name);
    }

    private void add(String name, byte[] bytes) {
        if (name.startsWith("META-INF/services/")) {
            services.computeIfAbsent(name, n -> new StringBuilder()).append(new String(bytes, StandardCharsets.UTF_8))
                    .append('\n');
        } else {
            entries.putIfAbsent(name, bytes);
        }
    }

    private byte[] toJar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(entry.getValue());
            }
            for (Map.Entry<String, StringBuilder> service : services.entrySet()) {
                jar.putNextEntry(new ZipEntry(service.getKey()));
                jar.write(service.getValue().toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The package folders of the AWS SDK for Java v2 and what it runs on, less the service clients not named. */
    static Predicate<String> awsSdk(List<String> services) {
        return name -> {
            if (name.startsWith("software/amazon/awssdk/services/")) {
                String service = name.substring("software/amazon/awssdk/services/".length()).split("/", 2)[0];
                return services.contains(service);
            }
            return Stream.of("software/amazon/awssdk/", "org/apache/hc/", "org/apache/http/", "org/apache/commons/",
                    "org/reactivestreams/", "org/slf4j/", "org/publicsuffix/").anyMatch(name::startsWith);
        };
    }
}
