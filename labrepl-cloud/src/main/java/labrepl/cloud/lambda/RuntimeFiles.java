package labrepl.cloud.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import labrepl.cloud.lambda.bootstrap.JavaRuntime;

/**
 * The runtimes' own files, copied out of the local cloud's jar into a folder of the data folder
 * on first use: the Java runtime's classes with AWS's two runtime jars beside them, and the
 * Python bootstrap. A function's process sees these and its own code, never the cloud's class path.
 */
final class RuntimeFiles {

    private static final String PACKAGE = JavaRuntime.class.getPackageName().replace('.', '/') + "/";

    private final Path root;
    private volatile boolean javaReady;
    private volatile boolean pythonReady;

    RuntimeFiles(Path root) {
        this.root = root;
    }

    /** The Java runtime's class path. */
    synchronized List<Path> javaClassPath() {
        Path java = root.resolve("java");
        if (!javaReady) {
            copyJavaRuntime(java);
            javaReady = true;
        }
        return List.of(java.resolve("classes"), java.resolve("lib/aws-lambda-java-core.jar"),
                java.resolve("lib/aws-lambda-java-serialization.jar"));
    }

    /** The Python bootstrap script. */
    synchronized Path pythonBootstrap() {
        Path script = root.resolve("python").resolve("bootstrap.py");
        if (!pythonReady) {
            copyResource(PACKAGE + "bootstrap.py", script);
            pythonReady = true;
        }
        return script;
    }

    private static void copyJavaRuntime(Path target) {
        copyResource(PACKAGE + "lib/aws-lambda-java-core.jar", target.resolve("lib/aws-lambda-java-core.jar"));
        copyResource(PACKAGE + "lib/aws-lambda-java-serialization.jar",
                target.resolve("lib/aws-lambda-java-serialization.jar"));
        Path classes = target.resolve("classes");
        try {
            Path source = Path.of(JavaRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                copyClassesFromFolder(source, classes);
            } else {
                copyClassesFromJar(source, classes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Java runtime in " + target + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyClassesFromFolder(Path source, Path classes) throws IOException {
        Path folder = source.resolve(PACKAGE);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Path target = classes.resolve(PACKAGE).resolve(file.getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyClassesFromJar(Path jar, Path classes) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith(PACKAGE) && name.endsWith(".class") && name.indexOf('/', PACKAGE.length()) < 0) {
                    Path target = classes.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyResource(String resource, Path target) {
        try (InputStream in = RuntimeFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The local cloud's jar lacks " + resource + "; rebuild it");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
