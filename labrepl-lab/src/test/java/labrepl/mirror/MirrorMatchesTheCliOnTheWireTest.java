package labrepl.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import labrepl.cloud.awscli.AwsCli;
import labrepl.target.Target;
import labrepl.repl.Session;
import labrepl.repl.console.MirroredSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Every {@code aws} command of the lab, run by the real AWS CLI, sends what the mirror's Java sends,
 * and the command line the mirror writes back from that Java sends it too: all three go to one
 * recording endpoint, and their requests are compared as the service reads them.
 */
@Tag("cli")
class MirrorMatchesTheCliOnTheWireTest {

    private static final String REGION = "us-west-2";
    @TempDir
    static Path folder;
    private static CapturingServer server;
    private static Session session;
    private static Mirror mirror;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(AwsCli.isInstalled(), "SKIPPED: the AWS CLI (`aws`) is not installed on this machine");
        Files.copy(Path.of("index.html"), folder.resolve("index.html"));
        Files.writeString(folder.resolve("add-one-customer.json"),
                "{\"ID\": {\"S\": \"ABD124\"}, \"firstname\": {\"S\": \"Martha\"}, \"lastname\": {\"S\": \"Rivera\"}}");
        server = new CapturingServer();
        session = Session.builder(Target.endpoint(server.endpoint(), REGION, null)).workingFolder(folder).start();
        mirror = Mirror.onClassPath();
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLabCommandSendsTheSameRequestFromTheCliTheJavaAndTheCliWrittenBack() {
        List<String> commands = LabCommands.all(Path.of(""));
        assertFalse(commands.isEmpty());
        return commands.stream().map(command -> DynamicTest.dynamicTest(command, () -> {
            CapturingServer.Request byCli = firstRequest(runCli(command), command);

            MirroredSession view = new MirroredSession(session);
            JavaCell cell = mirror.toJava(command, view);
            session.eval(cell.source());
            CapturingServer.Request byJava = firstRequest(server.takeRequests(), cell.source());
            assertEquals(byCli, byJava, "the Java of " + command + ":\n" + cell.source());

            SdkRequest sent = session.context().clients().calls().last().orElseThrow().request();
            CliCall call = mirror.read(command, view);
            String writtenBack = mirror.toCli(sent, view)
                    .replace(CliCommandWriter.BODY_FILE, call.bodyFile().orElse(""))
                    .replace(CliCommandWriter.OUT_FILE, call.outFile().orElse(""));
            CapturingServer.Request byWrittenBack = firstRequest(runCli(withoutTarget(writtenBack)), writtenBack);
            assertEquals(byCli, byWrittenBack, "/cli wrote " + writtenBack);
        }));
    }

    private static List<CapturingServer.Request> runCli(String command) {
        List<String> words = new ArrayList<>(ShellWords.split(command));
        words.remove(0);
        new AwsCli(session.target().cliEnvironment(), folder).run(words.toArray(String[]::new));
        return server.takeRequests();
    }

    /** The command line without the target options, which the CLI runner gives itself. */
    private static String withoutTarget(String commandLine) {
        return commandLine.replaceAll(" --endpoint-url \\S+", "").replaceAll(" --region \\S+", "");
    }

    private static CapturingServer.Request firstRequest(List<CapturingServer.Request> requests, String what) {
        assertFalse(requests.isEmpty(), "no request was sent for " + what);
        return requests.get(0);
    }
}
