package labrepl.cloud.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;

/** Deployment packages for tests: compiled test classes, or named entries with given contents. */
public final class FunctionZips {

    private FunctionZips() {
    }

    public static SdkBytes ofClasses(Class<?>... classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            addClasses(zip, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SdkBytes.fromByteArray(bytes.toByteArray());
    }

    private static void addClasses(ZipOutputStream zip, Class<?>... classes) throws IOException {
        for (Class<?> type : classes) {
            String name = type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                zip.putNextEntry(new ZipEntry(name));
                in.transferTo(zip);
            }
        }
    }

    /** The classes, and in {@code lib/} the jars of the class path that hold the {@code libraries}' classes. */
    public static SdkBytes ofClassesAndLibraries(List<Class<?>> libraries, Class<?>... classes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            addClasses(zip, classes);
            for (Class<?> library : libraries) {
                Path jar = Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI());
                zip.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                zip.write(Files.readAllBytes(jar));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return SdkBytes.fromByteArray(bytes.toByteArray());
    }

    public static SdkBytes ofEntries(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SdkBytes.fromByteArray(bytes.toByteArray());
    }
}
