package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.Runtime;

@Tag("process")
@WithLocalCloud
class JavaFunctionTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/ListCustomers";
    @ClassCloud
    private static TestCloud cloud;

    static void create(String name, String handler, int timeout) {
        cloud.lambda().createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role(ROLE).handler(handler)
                .timeout(timeout).code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
    }

    static InvokeResponse invoke(String name, String event) {
        return cloud.lambda().invoke(b -> b.functionName(name).logType(LogType.TAIL).payload(SdkBytes.fromUtf8String(event)));
    }

    static JsonObject json(InvokeResponse response) {
        return JsonParser.parseString(response.payload().asUtf8String()).getAsJsonObject();
    }

    static String log(InvokeResponse response) {
        return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    }

    @Test
    void aStaticMethodGetsItsEventAndContextAndTheSdkFindsTheLocalCloud() {
        create("Echo", Behaviours.class.getName() + "::echo", 10);
        InvokeResponse response = invoke("Echo", "{\"name\":\"Pat\",\"n\":1}");
        assertEquals(200, response.statusCode());
        assertNull(response.functionError());
        JsonObject answer = json(response);
        assertEquals("Pat", answer.get("name").getAsString());
        assertEquals(1, answer.get("n").getAsInt());
        assertEquals("Echo", answer.get("functionName").getAsString());
        assertEquals(128, answer.get("memory").getAsInt());
        assertEquals(cloud.endpoint().toString(), answer.get("endpoint").getAsString());
        assertEquals("us-west-2", answer.get("region").getAsString());
        assertEquals("$LATEST", response.executedVersion());
        String log = log(response);
        assertTrue(log.startsWith("START RequestId: " + answer.get("requestId").getAsString() + " Version: $LATEST\n"), log);
        assertTrue(log.contains("\nEND RequestId: "), log);
        assertTrue(log.contains("\nREPORT RequestId: "), log);
        assertTrue(log.contains("Init Duration: "), log);
        InvokeResponse warm = invoke("Echo", "{}");
        assertTrue(!log(warm).contains("Init Duration"), log(warm));
    }

    @Test
    void whatTheHandlerPrintsIsItsLog() {
        create("Print", Behaviours.class.getName() + "::print", 10);
        InvokeResponse response = invoke("Print", "{}");
        assertEquals("\"printed\"", response.payload().asUtf8String());
        String log = log(response);
        assertTrue(log.contains("\nfirst line\nto standard error\nno newline at the end\nEND RequestId"), log);
    }
}
