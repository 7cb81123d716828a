package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The lab's Lambda steps with the unmodified AWS CLI: a function from a zip file, invoked with a
 * test event and its log tail, updated, permitted, read back from CloudWatch Logs, deleted; and
 * the IAM role commands. Skipped where {@code aws} is not installed.
 */
@Tag("process")
@Tag("cli")
@WithLocalCloud
class AwsCliLambdaTest {

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void aFunctionsLifeThroughTheCli(AwsCli aws) throws Exception {
        Files.write(aws.folder().resolve("function.zip"), FunctionZips.ofClasses(Behaviours.class).asByteArray());
        Files.writeString(aws.folder().resolve("event.json"), "{\"queryStringParameters\":{\"id\":\"ABE125\"}}");
        JsonObject created = json(aws.output("lambda", "create-function", "--function-name", "CliEcho",
                "--runtime", "java17", "--handler", Behaviours.class.getName() + "::echo",
                "--role", "arn:aws:iam::000000000000:role/ListCustomers", "--zip-file", "fileb://function.zip"));
        assertEquals("Pending", created.get("State").getAsString());
        aws.output("lambda", "wait", "function-active-v2", "--function-name", "CliEcho");
        assertTrue(aws.output("lambda", "list-functions").contains("\"FunctionName\": \"CliEcho\""));

        String answer = aws.output("lambda", "invoke", "--function-name", "CliEcho", "--payload", "fileb://event.json",
                "--log-type", "Tail", "out.json");
        JsonObject metadata = json(answer);
        assertEquals(200, metadata.get("StatusCode").getAsInt());
        assertFalse(metadata.has("FunctionError"));
        String log = new String(Base64.getDecoder().decode(metadata.get("LogResult").getAsString()), StandardCharsets.UTF_8);
        assertTrue(log.startsWith("START RequestId: "), log);
        assertEquals("ABE125", json(Files.readString(aws.folder().resolve("out.json")))
                .getAsJsonObject("queryStringParameters").get("id").getAsString());

        aws.output("lambda", "update-function-configuration", "--function-name", "CliEcho", "--timeout", "5");
        aws.output("lambda", "wait", "function-updated-v2", "--function-name", "CliEcho");
        assertEquals(5, json(aws.output("lambda", "get-function-configuration", "--function-name", "CliEcho"))
                .get("Timeout").getAsInt());
        aws.output("lambda", "update-function-code", "--function-name", "CliEcho", "--zip-file", "fileb://function.zip");

        aws.output("lambda", "add-permission", "--function-name", "CliEcho", "--statement-id", "apigw",
                "--action", "lambda:InvokeFunction", "--principal", "apigateway.amazonaws.com");
        assertTrue(aws.output("lambda", "get-policy", "--function-name", "CliEcho").contains("apigateway.amazonaws.com"));
        aws.output("lambda", "remove-permission", "--function-name", "CliEcho", "--statement-id", "apigw");

        String events = aws.output("logs", "filter-log-events", "--log-group-name", "/aws/lambda/CliEcho",
                "--filter-pattern", "REPORT");
        assertTrue(events.contains("Billed Duration"), events);

        aws.output("lambda", "delete-function", "--function-name", "CliEcho");
        AwsCli.Result missing = aws.run("lambda", "get-function", "--function-name", "CliEcho");
        assertFalse(missing.succeeded());
        assertTrue(missing.stderr().contains("ResourceNotFoundException")
                && missing.stderr().contains("Function not found: arn:aws:lambda:us-west-2:000000000000:function:CliEcho"),
                missing.stderr());
    }

    @Test
    void aFailingFunctionShowsFunctionErrorAndItsDocument(AwsCli aws) throws Exception {
        Files.write(aws.folder().resolve("fail.zip"), FunctionZips.ofClasses(Behaviours.class).asByteArray());
        aws.output("lambda", "create-function", "--function-name", "CliFails", "--runtime", "java17",
                "--handler", Behaviours.class.getName() + "::fail", "--role",
                "arn:aws:iam::000000000000:role/SaveCustomer", "--zip-file", "fileb://fail.zip");
        JsonObject metadata = json(aws.output("lambda", "invoke", "--function-name", "CliFails", "failed.json"));
        assertEquals("Unhandled", metadata.get("FunctionError").getAsString());
        assertEquals("java.lang.IllegalStateException", json(Files.readString(aws.folder().resolve("failed.json")))
                .get("errorType").getAsString());
        AwsCli.Result badRuntime = aws.run("lambda", "create-function", "--function-name", "Nope", "--runtime", "java99",
                "--handler", "a::b", "--role", "arn:aws:iam::000000000000:role/SaveCustomer", "--zip-file", "fileb://fail.zip");
        assertFalse(badRuntime.succeeded());
        assertTrue(badRuntime.stderr().contains("ValidationException") || badRuntime.stderr().contains("Invalid choice")
                || badRuntime.stderr().contains("Valid values"), badRuntime.stderr());
    }

    @Test
    void rolesThroughTheCli(AwsCli aws) throws Exception {
        Path trust = aws.folder().resolve("trust.json");
        Files.writeString(trust, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");
        assertTrue(aws.output("iam", "get-role", "--role-name", "ListCustomers").contains("\"RoleName\": \"ListCustomers\""));
        aws.output("iam", "create-role", "--role-name", "CliRole", "--assume-role-policy-document", "file://trust.json");
        aws.output("iam", "attach-role-policy", "--role-name", "CliRole", "--policy-arn",
                "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess");
        assertTrue(aws.output("iam", "list-attached-role-policies", "--role-name", "CliRole").contains("AmazonDynamoDBFullAccess"));
        assertTrue(aws.output("iam", "list-roles").contains("CliRole"));
        aws.output("iam", "detach-role-policy", "--role-name", "CliRole", "--policy-arn",
                "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess");
        aws.output("iam", "delete-role", "--role-name", "CliRole");
        assertTrue(aws.run("iam", "get-role", "--role-name", "CliRole").stderr().contains("NoSuchEntity"));
    }
}
