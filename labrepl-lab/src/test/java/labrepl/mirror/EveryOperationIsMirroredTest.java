package labrepl.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import labrepl.repl.Session;
import labrepl.repl.console.MirroredSession;
import labrepl.target.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Every operation of every SDK client on the class path, with every member set, goes through the
 * mirror both ways: the command line written from the request reads back as the same request, and
 * the Java written for it compiles in a REPL session. Nothing here names a service or an operation,
 * so a client added to the build is covered by this test as it stands.
 */
class EveryOperationIsMirroredTest {

    @TempDir
    static Path folder;
    private static Session session;
    private static MirroredSession view;
    private static Mirror mirror;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(folder.resolve("body.bin"), "body");
        session = Session.builder(Target.endpoint(java.net.URI.create("http://127.0.0.1:9"), "us-west-2", null))
                .workingFolder(folder).start();
        view = new MirroredSession(session);
        mirror = Mirror.onClassPath();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @Test
    void theClientsOfTheClassPathAreFoundWithTheirCliNames() {
        Set<String> names = new LinkedHashSet<>();
        mirror.catalog().services().forEach(service -> names.add(service.cliName()));
        assertTrue(names.containsAll(List.of("dynamodb", "s3api", "sts", "dynamodbstreams")), names.toString());
    }

    @Test
    void everyOperationsCommandLineReadsBackAsTheSameRequestAndItsJavaCompiles() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        Set<String> imports = new LinkedHashSet<>(session.imports());
        int operations = 0;
        for (ServiceModel service : mirror.catalog().services()) {
            for (OperationModel operation : service.operations()) {
                operations++;
                SdkRequest request = SampleRequests.of(operation);
                String line = CliCommandWriter.write(operation, request, view.region(), view.endpoint(service.client()))
                        .replace(CliCommandWriter.BODY_FILE, "body.bin").replace(CliCommandWriter.OUT_FILE, "out.bin");
                try {
                    CliCall call = mirror.read(line, view);
                    if (!request.equals(call.request())) {
                        failures.add(operation + ": " + line + "\n  read back as " + call.request());
                    }
                    String cell = JavaSourceWriter.write(view, call, null);
                    List<String> body = new ArrayList<>();
                    for (String cellLine : cell.split("\n")) {
                        (cellLine.startsWith("import ") ? new ArrayList<String>() : body).add(cellLine);
                        if (cellLine.startsWith("import ")) {
                            imports.add(cellLine);
                        }
                    }
                    methods.add("    void " + service.cliName().replace("-", "") + "_" + operation.methodName()
                            + "() throws Exception {\n        " + String.join("\n        ", body) + ";\n    }\n");
                } catch (MirrorException e) {
                    failures.add(operation + ": " + line + "\n  " + e.getMessage());
                }
            }
        }
        assertTrue(operations > 150, operations + " operations: DynamoDB, S3 and STS alone have more");
        assertEquals(List.of(), failures, String.join("\n", failures));
        assertEquals("", compile(imports, methods));
    }

    /** Compiles the cells as methods of one class, as JShell would compile them; returns javac's errors. */
    private static String compile(Set<String> imports, List<String> methods) throws IOException {
        StringBuilder source = new StringBuilder();
        imports.forEach(line -> source.append(line.strip()).append('\n'));
        source.append("class Cells {\n");
        methods.forEach(source::append);
        source.append("}\n");
        Path file = folder.resolve("Cells.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        var files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        boolean ok = javac.getTask(errors, files, null, List.of("-d", folder.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), "-proc:none", "-Xlint:none", "-nowarn"), null,
                files.getJavaFileObjects(file)).call();
        return ok ? "" : errors.toString();
    }
}
