package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Functions, their code and their policies survive a restart and a kill -9 of the local cloud. */
@Tag("process")
@Tag("crash")
class PersistenceTest {

    private static void createAndPermit(LambdaClient lambda, String name) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role(JavaFunctionTest.ROLE)
                .handler(Behaviours.class.getName() + "::echo")
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
        lambda.addPermission(b -> b.functionName(name).statementId("apigw").action("lambda:InvokeFunction")
                .principal("apigateway.amazonaws.com"));
    }

    private static void assertRuns(TestCloud cloud, String name) {
        var answer = cloud.lambda().invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"back\":true}")));
        assertTrue(JavaFunctionTest.json(answer).get("back").getAsBoolean());
        assertTrue(cloud.lambda().getPolicy(b -> b.functionName(name)).policy().contains("\"Sid\":\"apigw\""));
    }

    @Test
    void functionsSurviveARestart(@TempDir Path data) {
        try (TestCloud cloud = TestCloud.persistent(data)) {
            createAndPermit(cloud.lambda(), "Kept");
            cloud.lambda().invoke(b -> b.functionName("Kept"));
        }
        try (TestCloud cloud = TestCloud.persistent(data)) {
            assertRuns(cloud, "Kept");
        }
    }

    @Test
    void functionsSurviveKillDashNineAndTheirEnvironmentsEndWithTheCloud(@TempDir Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CloudProcess.class.getName(),
                data.toString()).redirectErrorStream(true).start();
        List<ProcessHandle> environments;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            int port = Integer.parseInt(out.readLine().strip());
            try (LambdaClient lambda = LambdaClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                    .region(Region.US_WEST_2)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"))).build()) {
                createAndPermit(lambda, "Survivor");
                lambda.invoke(b -> b.functionName("Survivor"));
            }
            environments = server.descendants().toList();
            assertFalse(environments.isEmpty(), "the function runs in a process of its own");
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle environment : environments) {
            environment.onExit().get(10, TimeUnit.SECONDS);
        }
        try (TestCloud cloud = TestCloud.persistent(data)) {
            assertRuns(cloud, "Survivor");
        }
        assertEquals(0, environments.stream().filter(ProcessHandle::isAlive).count());
    }
}
