package labrepl.cloud.lambda;

import static labrepl.cloud.lambda.JavaFunctionTest.json;
import static labrepl.cloud.lambda.JavaFunctionTest.log;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** The lab's original Python functions run unchanged, with boto3 reaching the local DynamoDB. */
@Tag("process")
class PythonFunctionTest {

    private static TestCloud cloud;

    @BeforeAll
    static void start() throws Exception {
        Process probe = new ProcessBuilder("python3", "-c", "import boto3").redirectErrorStream(true).start();
        String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(probe.waitFor() == 0, "python3 with boto3 is not installed (apt-get install python3-boto3), so the"
                + " Python runtime is not tested: " + said.strip());
        cloud = TestCloud.inMemory();
        cloud.dynamodb().createTable(b -> b.tableName("LabCustomers").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH)));
        cloud.dynamodb().putItem(b -> b.tableName("LabCustomers").item(Map.of("ID", AttributeValue.fromS("ABC123"),
                "firstname", AttributeValue.fromS("Manu"), "lastname", AttributeValue.fromS("Kwesi"))));
    }

    @AfterAll
    static void stop() {
        if (cloud != null) {
            cloud.close();
        }
    }

    private static String source(String name) {
        try (InputStream in = PythonFunctionTest.class.getResourceAsStream("python/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void create(String name, String module, String handler) {
        cloud.lambda().createFunction(b -> b.functionName(name).runtime(Runtime.PYTHON3_12)
                .role("arn:aws:iam::000000000000:role/" + (name.equals("SaveCustomer") ? "SaveCustomer" : "ListCustomers"))
                .handler(handler).timeout(2)
                .code(c -> c.zipFile(FunctionZips.ofEntries(Map.of("lambda_function.py", source(module))))));
    }

    private static InvokeResponse invoke(String name, String event) {
        return cloud.lambda().invoke(b -> b.functionName(name).logType(LogType.TAIL).payload(SdkBytes.fromUtf8String(event)));
    }

    @Test
    void theLabsSaveCustomerAndListCustomersRunUnchanged() {
        create("SaveCustomer", "save_customer.py", "lambda_function.lambda_handler");
        create("ListCustomers", "list_customers.py", "lambda_function.lambda_handler");
        InvokeResponse saved = invoke("SaveCustomer",
                "{\"queryStringParameters\": {\"id\": \"ABE125\", \"firstname\": \"Pat\", \"lastname\": \"Candella\"}}");
        assertEquals("{\"result\": \"Saved\"}", saved.payload().asUtf8String());
        assertTrue(log(saved).contains("{'queryStringParameters': {'id': 'ABE125', 'firstname': 'Pat', 'lastname': 'Candella'}}\n"),
                log(saved));
        InvokeResponse listed = invoke("ListCustomers", "{}");
        assertEquals(null, listed.functionError(), listed.payload().asUtf8String());
        String rows = json(listed).getAsJsonArray("result").toString();
        assertTrue(rows.contains("[\"ABC123\",\"Manu\",\"Kwesi\"]") && rows.contains("[\"ABE125\",\"Pat\",\"Candella\"]"), rows);
    }

    @Test
    void aMissingModuleGivesAwsImportModuleError() {
        create("Misnamed", "behaviours.py", "nothere.lambda_handler");
        InvokeResponse response = invoke("Misnamed", "{}");
        assertEquals("Unhandled", response.functionError());
        assertEquals("{\"errorMessage\": \"Unable to import module 'nothere': No module named 'nothere'\", \"errorType\":"
                + " \"Runtime.ImportModuleError\", \"requestId\": \"\", \"stackTrace\": []}", response.payload().asUtf8String());
        assertTrue(log(response).contains("[ERROR] Runtime.ImportModuleError: Unable to import module 'nothere'"), log(response));
    }

    @Test
    void aMissingFunctionGivesHandlerNotFound() {
        create("NoFunction", "behaviours.py", "lambda_function.absent");
        JsonObject error = json(invoke("NoFunction", "{}"));
        assertEquals("Runtime.HandlerNotFound", error.get("errorType").getAsString());
        assertEquals("Handler 'absent' missing on module 'lambda_function'", error.get("errorMessage").getAsString());
    }

    @Test
    void anExceptionGivesItsTypeMessageAndTheFunctionsFrames() {
        create("PyFails", "behaviours.py", "lambda_function.fail");
        InvokeResponse response = invoke("PyFails", "{}");
        JsonObject error = json(response);
        assertEquals("ValueError", error.get("errorType").getAsString());
        assertEquals("bad thing", error.get("errorMessage").getAsString());
        assertEquals(1, error.getAsJsonArray("stackTrace").size(), error.toString());
        assertTrue(error.getAsJsonArray("stackTrace").get(0).getAsString().contains("lambda_function.py\", line 14, in fail"),
                error.toString());
        assertTrue(log(response).contains("[ERROR] ValueError: bad thing\rTraceback (most recent call last):\r"), log(response));
    }

    @Test
    void theContextAndTheEventArriveAsAwslambdaricGivesThem() {
        create("PyEcho", "behaviours.py", "lambda_function.echo");
        JsonObject answer = json(invoke("PyEcho", "{\"a\": [1, 2.5, null]}"));
        assertEquals("{\"a\":[1,2.5,null]}", answer.get("event").toString());
        assertEquals("128", answer.get("memory").getAsString());
        assertTrue(answer.get("remaining").getAsBoolean());
    }

    @Test
    void printsAndLogRecordsGoToTheLog() {
        create("PyTalks", "behaviours.py", "lambda_function.talk");
        InvokeResponse response = invoke("PyTalks", "{}");
        assertEquals("\"said\"", response.payload().asUtf8String());
        String log = log(response);
        assertTrue(log.contains("\nhello from python\n"), log);
        assertTrue(log.matches("(?s).*\\n\\[WARNING\\]\\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\t[0-9a-f-]{36}\\ta warning\\n.*"), log);
    }

    @Test
    void timeoutsAndExitsEndTheEnvironmentAsForJava() {
        create("PySleeps", "behaviours.py", "lambda_function.sleep");
        JsonObject timedOut = json(invoke("PySleeps", "{}"));
        assertTrue(timedOut.get("errorMessage").getAsString().endsWith("Task timed out after 2.00 seconds"), timedOut.toString());
        create("PyLeaves", "behaviours.py", "lambda_function.leave");
        JsonObject exited = json(invoke("PyLeaves", "{}"));
        assertTrue(exited.get("errorMessage").getAsString().endsWith("Runtime exited with error: exit status 4"), exited.toString());
    }
}
