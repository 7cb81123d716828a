package labrepl.cloud.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import labrepl.cloud.lambda.bootstrap.JavaRuntime;
import labrepl.cloud.storage.FileTrees;

/**
 * The runtimes' own files, written once from the local cloud's jar into a folder of the system's
 * temporary space named by their digest and the JVM's version, which every local cloud of this
 * machine shares: the Java runtime (its classes as one jar, AWS's two runtime jars, and the
 * class-data-sharing archive recorded for them) and the Python bootstrap. A function's process
 * sees these and its own code, never the cloud's class path.
 */
final class RuntimeFiles {

    private static final String PACKAGE = JavaRuntime.class.getPackageName().replace('.', '/') + "/";
    private static final List<String> LIBRARIES = List.of("aws-lambda-java-core.jar", "aws-lambda-java-serialization.jar");

    private final Path root;

    private RuntimeFiles(Path root) {
        this.root = root;
    }

    /** The files, written into {@code parent} when they are not there yet. */
    static RuntimeFiles in(Path parent) {
        Map<String, byte[]> files = contents();
        Path root = parent.resolve(digest(files));
        if (!Files.isDirectory(root)) {
            write(root, files);
        }
        return new RuntimeFiles(root);
    }

    /** The folder this user's local clouds share under the system's temporary space. */
    static RuntimeFiles shared() {
        return in(Path.of(System.getProperty("java.io.tmpdir"), "labrepl-lambda-runtime-" + System.getProperty("user.name")));
    }

    List<Path> javaClassPath() {
        Path java = root.resolve("java");
        return Stream.concat(Stream.of(java.resolve("bootstrap.jar")), LIBRARIES.stream().map(java.resolve("lib")::resolve))
                .toList();
    }

    /** Where the Java runtime's class-data-sharing archive is, once recorded. */
    Path javaArchive() {
        return root.resolve("java").resolve("runtime.jsa");
    }

    /** An empty task folder, for the run that records the archive. */
    Path emptyTask() {
        return root.resolve("java").resolve("empty-task");
    }

    Path pythonBootstrap() {
        return root.resolve("python").resolve("bootstrap.py");
    }

    private static Map<String, byte[]> contents() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("java/bootstrap.jar", bootstrapJar());
        for (String library : LIBRARIES) {
            files.put("java/lib/" + library, resource(PACKAGE + "lib/" + library));
        }
        files.put("python/bootstrap.py", resource(PACKAGE + "bootstrap.py"));
        return files;
    }

    /** Folder name: what the files hold and which JVM an archive recorded for them belongs to. */
    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            });
            sha.update(System.getProperty("java.vm.version").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a complete folder beside {@code root}, then renames it: another cloud sees all of it or none. */
    private static void write(Path root, Map<String, byte[]> files) {
        try {
            Files.createDirectories(root.getParent());
            Path staging = Files.createTempDirectory(root.getParent(), ".writing-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = staging.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Files.createDirectories(staging.resolve("java/empty-task"));
            try {
                Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
                // Another local cloud wrote the same files first.
                FileTrees.delete(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Lambda runtimes into " + root + ": " + e.getMessage(), e);
        }
    }

    /** The runtime's classes, from the cloud's jar or classes folder, as one jar (class-data sharing reads jars only). */
    private static byte[] bootstrapJar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            Path source = Path.of(JavaRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source.resolve(PACKAGE))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                        jar.putNextEntry(entry(PACKAGE + file.getFileName()));
                        jar.write(Files.readAllBytes(file));
                    }
                }
            } else {
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source))) {
                    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        String name = entry.getName();
                        if (name.startsWith(PACKAGE) && name.endsWith(".class") && name.indexOf('/', PACKAGE.length()) < 0) {
                            jar.putNextEntry(entry(name));
                            in.transferTo(jar);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Java runtime's classes: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** An entry without the time it was written, so that the same classes make the same jar and the same folder. */
    private static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        return entry;
    }

    private static byte[] resource(String name) {
        try (InputStream in = RuntimeFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The local cloud's jar lacks " + name + "; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
