package labrepl.helpers.lambda;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import labrepl.cloud.storage.FileTrees;
import software.amazon.awssdk.core.SdkBytes;

/**
 * A Java function's deployment package, made from its source as AWS expects one: the compiled
 * classes at the root (for Java 17, so java17 and java21 both run them) and the libraries it
 * imports in {@code lib/} — AWS's handler interfaces and the SDK clients it names, taken from
 * the REPL's own class path. The same zip deploys to the local cloud and to AWS.
 *
 * <pre>{@code
 * var code = javaFunction("lambda/ListCustomers.java");   // ListCustomers::handleRequest, 9.8 MB
 * }</pre>
 */
public final class FunctionPackage {

    private static final Pattern SERVICE_IMPORT = Pattern.compile("software\\.amazon\\.awssdk\\.services\\.([a-z0-9]+)\\.");
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public\\s+(?:final\\s+)?class\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** What an exercise's handler has where the learner writes code. */
    private static final String BLANK = "____";

    private final byte[] zip;
    private final String handler;
    private final String runtime;

    private FunctionPackage(byte[] zip, String handler, String runtime) {
        this.zip = zip;
        this.handler = handler;
        this.runtime = runtime;
    }

    /**
     * Compiles a handler's source file and packages it.
     *
     * @throws IllegalArgumentException with the compiler's messages when it does not compile
     */
    public static FunctionPackage fromSource(Path source) {
        String text = readFilled(source);
        Path classes = compile(source);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                addClasses(zip, classes);
                if (text.contains("com.amazonaws.services.lambda.runtime")) {
                    addLibrary(zip, "lib/aws-lambda-java-core.jar",
                            LibraryBundle.fromClassPath(name -> name.startsWith("com/amazonaws/services/lambda/runtime/")));
                }
                List<String> services = servicesImported(text);
                if (!services.isEmpty()) {
                    addLibrary(zip, "lib/aws-sdk-java-v2.jar", LibraryBundle.fromClassPath(LibraryBundle.awsSdk(services)));
                }
            }
            return new FunctionPackage(bytes.toByteArray(), handlerOf(text, source), "java17");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(classes);
        }
    }

    /**
     * Packages a Python function's source file, as the lab's Python functions are deployed: the file
     * alone at the zip's root, handler {@code MODULE.lambda_handler}, runtime python3.12.
     *
     * @throws IllegalArgumentException when the file still has blanks to fill in, or cannot be read
     */
    public static FunctionPackage fromPython(Path source) {
        String text = readFilled(source);
        String file = source.getFileName().toString();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(file));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return new FunctionPackage(bytes.toByteArray(), file.replaceFirst("\\.py$", "") + ".lambda_handler",
                    "python3.12");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A handler's source, refused while it still has the blanks ({@code ____}) of an exercise: the
     * compiler would only say it cannot find a symbol.
     */
    private static String readFilled(Path source) {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + source + ": " + e.getMessage(), e);
        }
        List<String> lines = text.lines().toList();
        List<String> blanks = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            int here = lines.get(i).split(BLANK, -1).length - 1;
            if (here > 0) {
                count += here;
                blanks.add("line " + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        if (count > 0) {
            throw new IllegalArgumentException(source.getFileName() + " still has " + count + (count == 1 ? " blank"
                    : " blanks") + " to fill in, where " + BLANK + " stands; put the code that belongs there in its"
                    + " place and try again.\n  " + String.join("\n  ", blanks));
        }
        return text;
    }

    /** The same package with another handler string, e.g. {@code "ListCustomers::handleRequest"}. */
    public FunctionPackage handler(String otherHandler) {
        return new FunctionPackage(zip, otherHandler, runtime);
    }

    /** The same package for another Java runtime ({@code java21}). */
    public FunctionPackage runtime(String otherRuntime) {
        return new FunctionPackage(zip, handler, otherRuntime);
    }

    public String handler() {
        return handler;
    }

    public String runtime() {
        return runtime;
    }

    public SdkBytes zip() {
        return SdkBytes.fromByteArray(zip);
    }

    /** Writes the zip, e.g. for {@code aws lambda create-function --zip-file fileb://function.zip}. */
    public Path writeTo(Path file) throws IOException {
        return Files.write(file, zip);
    }

    @Override
    public String toString() {
        String size = zip.length < 1_000_000 ? String.format("%.1f KB", zip.length / 1e3)
                : String.format("%.1f MB", zip.length / 1e6);
        return "FunctionPackage(handler " + handler + ", runtime " + runtime + ", " + size + " zipped)";
    }

    private static Path compile(Path source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("This Java has no compiler (a JRE); run LabREPL with a JDK to build functions");
        }
        try {
            Path classes = Files.createTempDirectory("labrepl-function-");
            StringWriter messages = new StringWriter();
            boolean compiled = compiler.getTask(messages, null, null, List.of("--release", "17", "-d", classes.toString(),
                            "-classpath", System.getProperty("java.class.path")), null,
                    compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
                    .call();
            if (!compiled) {
                delete(classes);
                throw new IllegalArgumentException(source + " does not compile:\n" + messages);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addClasses(ZipOutputStream zip, Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                zip.write(Files.readAllBytes(file));
            }
        }
    }

    private static void addLibrary(ZipOutputStream zip, String name, byte[] jar) throws IOException {
        if (jar != null) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(jar);
        }
    }

    private static List<String> servicesImported(String text) {
        TreeSet<String> services = new TreeSet<>();
        Matcher matcher = SERVICE_IMPORT.matcher(text);
        while (matcher.find()) {
            services.add(matcher.group(1));
        }
        return new ArrayList<>(services);
    }

    /** {@code pkg.Class::handleRequest} for a class with that method, else the class alone. */
    private static String handlerOf(String text, Path source) {
        Matcher type = PUBLIC_CLASS.matcher(text);
        String name = type.find() ? type.group(1) : source.getFileName().toString().replace(".java", "");
        Matcher pkg = PACKAGE.matcher(text);
        String qualified = pkg.find() ? pkg.group(1) + "." + name : name;
        return text.contains("handleRequest(") ? qualified + "::handleRequest" : qualified;
    }

    private static void delete(Path root) {
        try {
            FileTrees.delete(root);
        } catch (IOException e) {
            // A temporary folder left behind is the OS's to clean.
        }
    }
}
