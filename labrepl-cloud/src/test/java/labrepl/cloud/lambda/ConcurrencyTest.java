package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Parallel invokes get environments of their own up to the limit, then AWS's throttle; idle ones are reused and reaped. */
@Tag("process")
class ConcurrencyTest {

    private static TestCloud cloud;
    private static LambdaClient noRetries;

    @BeforeAll
    static void start() {
        cloud = TestCloud.inMemory();
        noRetries = LambdaClient.builder().endpointOverride(cloud.endpoint()).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterAll
    static void stop() {
        noRetries.close();
        cloud.close();
    }

    private static void create(String name) {
        cloud.lambda().createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role(JavaFunctionTest.ROLE)
                .handler(Behaviours.class.getName() + "::sleep").timeout(30)
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
    }

    /** Runs 20 invokes at once; each answer is the payload or the throttle's reason. */
    private static List<String> twentyAtOnce(String name, long millis) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(callers.submit(() -> {
                    try {
                        return noRetries.invoke(b -> b.functionName(name)
                                .payload(SdkBytes.fromUtf8String("{\"millis\":" + millis + "}"))).payload().asUtf8String();
                    } catch (TooManyRequestsException e) {
                        return e.reasonAsString();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            callers.shutdown();
        }
    }

    private static LocalLambda lambda() {
        return (LocalLambda) cloud.cloud().service(LambdaInvoker.class);
    }

    @Test
    void twentyParallelInvokesRunInTwentyEnvironmentsWhenTheReservedConcurrencyAllows() throws Exception {
        create("Wide");
        cloud.lambda().putFunctionConcurrency(b -> b.functionName("Wide").reservedConcurrentExecutions(20));
        List<String> results = twentyAtOnce("Wide", 300);
        assertEquals(20, results.stream().filter("\"awake\""::equals).count(), results.toString());
        assertEquals(20, cloud.logs().describeLogStreams(b -> b.logGroupName("/aws/lambda/Wide")).logStreams().size(),
                "one log stream per environment");
    }

    @Test
    void beyondTheDefaultLimitOfTenInvokesAreThrottled() throws Exception {
        create("Narrow");
        List<String> results = twentyAtOnce("Narrow", 2000);
        assertEquals(10, results.stream().filter("\"awake\""::equals).count(), results.toString());
        assertEquals(10, results.stream().filter("ConcurrentInvocationLimitExceeded"::equals).count(), results.toString());
    }

    @Test
    void aReservedConcurrencyOfZeroThrottlesEveryInvoke() {
        create("Stopped");
        cloud.lambda().putFunctionConcurrency(b -> b.functionName("Stopped").reservedConcurrentExecutions(0));
        TooManyRequestsException throttled = org.junit.jupiter.api.Assertions.assertThrows(TooManyRequestsException.class,
                () -> noRetries.invoke(b -> b.functionName("Stopped")));
        assertEquals("ReservedFunctionConcurrentInvocationLimitExceeded", throttled.reasonAsString());
        assertEquals("Rate Exceeded.", throttled.awsErrorDetails().errorMessage());
        assertEquals(429, throttled.statusCode());
    }

    @Test
    void sequentialInvokesReuseOneWarmEnvironmentUntilItIsReaped() {
        create("Warm");
        for (int i = 0; i < 5; i++) {
            cloud.lambda().invoke(b -> b.functionName("Warm").payload(SdkBytes.fromUtf8String("{\"millis\":1}")));
        }
        assertEquals(1, cloud.logs().describeLogStreams(b -> b.logGroupName("/aws/lambda/Warm")).logStreams().size());
        int before = lambda().liveEnvironments();
        lambda().runner().reapIdle(Duration.ZERO);
        assertTrue(lambda().liveEnvironments() < before, "idle environments are stopped");
        assertEquals("\"awake\"", cloud.lambda().invoke(b -> b.functionName("Warm")
                .payload(SdkBytes.fromUtf8String("{\"millis\":1}"))).payload().asUtf8String());
        assertEquals(2, cloud.logs().describeLogStreams(b -> b.logGroupName("/aws/lambda/Warm")).logStreams().size(),
                "a reaped function starts a new environment");
    }
}
