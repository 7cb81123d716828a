package labrepl.cloud.lambda;

import static labrepl.cloud.lambda.JavaFunctionTest.json;
import static labrepl.cloud.lambda.JavaFunctionTest.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** A function that throws, times out, exits or runs out of memory ends its own environment, with AWS's texts. */
@Tag("process")
@WithLocalCloud
class FunctionFailureTest {

    @ClassCloud
    private static TestCloud cloud;

    private static void create(String name, String method, int timeout, int memory) {
        cloud.lambda().createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role(JavaFunctionTest.ROLE)
                .handler(Behaviours.class.getName() + "::" + method).timeout(timeout).memorySize(memory)
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
    }

    private static InvokeResponse invoke(String name, String event) {
        return cloud.lambda().invoke(b -> b.functionName(name).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(event)));
    }

    private static void assertEchoStillWorks() {
        InvokeResponse echo = invoke("StillWorking", "{\"ok\":true}");
        assertEquals(null, echo.functionError());
        assertTrue(json(echo).get("ok").getAsBoolean());
    }

    @BeforeAll
    static void createEcho() {
        create("StillWorking", "echo", 10, 256);
    }

    @Test
    void aHandlerThatThrowsAnswersUnhandledWithAwsErrorDocument() {
        create("Throws", "fail", 10, 256);
        InvokeResponse response = invoke("Throws", "{\"why\":\"testing\"}");
        assertEquals(200, response.statusCode());
        assertEquals("Unhandled", response.functionError());
        JsonObject error = json(response);
        assertEquals("boom: testing", error.get("errorMessage").getAsString());
        assertEquals("java.lang.IllegalStateException", error.get("errorType").getAsString());
        assertTrue(error.getAsJsonArray("stackTrace").get(0).getAsString()
                .startsWith(Behaviours.class.getName() + ".fail(Behaviours.java:"), error.toString());
        assertEquals(1, error.getAsJsonArray("stackTrace").size(), error.toString());
        assertTrue(log(response).contains("boom: testing: java.lang.IllegalStateException"), log(response));
        InvokeResponse again = invoke("Throws", "{\"why\":\"again\"}");
        assertEquals("boom: again", json(again).get("errorMessage").getAsString());
        assertFalse(log(again).contains("Init Duration"), "the environment survives a thrown exception");
        assertEchoStillWorks();
    }

    @Test
    void aHandlerThatRunsPastItsTimeoutIsStoppedWithTaskTimedOut() {
        create("Sleeps", "sleep", 1, 256);
        InvokeResponse response = invoke("Sleeps", "{\"millis\":60000}");
        assertEquals("Unhandled", response.functionError());
        JsonObject error = json(response);
        assertEquals("Sandbox.Timedout", error.get("errorType").getAsString());
        assertTrue(error.get("errorMessage").getAsString().matches("RequestId: [0-9a-f-]{36} Error: Task timed out after 1.00 seconds"),
                error.toString());
        String log = log(response);
        assertTrue(log.contains("going to sleep\n"), log);
        assertTrue(log.matches("(?s).*\\n\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z [0-9a-f-]{36} Task timed out after 1.00 seconds\\n.*"), log);
        assertTrue(log.contains("Status: timeout"), log);
        InvokeResponse quick = invoke("Sleeps", "{\"millis\":1}");
        assertEquals("\"awake\"", quick.payload().asUtf8String(), "a new environment takes the next event");
        assertEchoStillWorks();
    }

    @Test
    void aHandlerThatExitsEndsItsEnvironmentWithRuntimeExitError() {
        create("Exits", "exit", 10, 256);
        InvokeResponse response = invoke("Exits", "{\"status\":3}");
        assertEquals("Unhandled", response.functionError());
        JsonObject error = json(response);
        assertEquals("Runtime.ExitError", error.get("errorType").getAsString());
        assertTrue(error.get("errorMessage").getAsString().endsWith(" Error: Runtime exited with error: exit status 3"),
                error.toString());
        assertTrue(log(response).contains("exiting\n"), log(response));
        InvokeResponse zero = invoke("Exits", "{\"status\":0}");
        assertTrue(json(zero).get("errorMessage").getAsString().endsWith("Runtime exited without providing a reason"),
                zero.payload().asUtf8String());
        assertEchoStillWorks();
    }

    @Test
    void aHandlerThatExhaustsItsMemoryGetsOutOfMemoryErrorAndAFreshEnvironment() {
        create("Hoards", "exhaustMemory", 30, 128);
        InvokeResponse response = invoke("Hoards", "{}");
        assertEquals("Unhandled", response.functionError());
        JsonObject error = json(response);
        assertEquals("java.lang.OutOfMemoryError", error.get("errorType").getAsString());
        assertEquals("Java heap space", error.get("errorMessage").getAsString());
        assertEchoStillWorks();
    }

    @Test
    void aResultLargerThanSixMegabytesIsAnError() {
        create("TooLarge", "tooLarge", 10, 512);
        InvokeResponse response = invoke("TooLarge", "{}");
        assertEquals("Unhandled", response.functionError());
        JsonObject error = json(response);
        assertEquals("Function.ResponseSizeTooLarge", error.get("errorType").getAsString());
        assertEquals("Response payload size exceeded maximum allowed payload size (6291556 bytes).",
                error.get("errorMessage").getAsString());
    }

    @Test
    void aVoidHandlerAnswersNull() {
        create("Nothing", "nothing", 10, 256);
        assertEquals("null", invoke("Nothing", "{}").payload().asUtf8String());
    }

    @Test
    void aHandlerThatNamesNoClassAnswersEachInvokeWithAwsText() {
        cloud.lambda().createFunction(b -> b.functionName("NoClass").runtime(Runtime.JAVA21).role(JavaFunctionTest.ROLE)
                .handler("example.Missing::handleRequest")
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
        InvokeResponse response = invoke("NoClass", "{}");
        assertEquals("Unhandled", response.functionError());
        assertEquals("{\"errorMessage\":\"Class not found: example.Missing\",\"errorType\":\"java.lang.ClassNotFoundException\"}",
                response.payload().asUtf8String());
        cloud.lambda().createFunction(b -> b.functionName("NoMethod").runtime(Runtime.JAVA17).role(JavaFunctionTest.ROLE)
                .handler(Behaviours.class.getName() + "::absent")
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
        assertEquals("{\"errorMessage\":\"No public method named absent with appropriate method signature found on class "
                + Behaviours.class.getName() + "\"}", invoke("NoMethod", "{}").payload().asUtf8String());
        assertFalse(log(response).isEmpty());
    }
}
