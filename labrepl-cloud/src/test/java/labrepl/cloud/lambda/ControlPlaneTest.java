package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;

/** Lambda's control plane through the SDK: every operation, and the errors AWS answers with. */
@Tag("process")
@WithLocalCloud
class ControlPlaneTest {

    private static final String ROLE = JavaFunctionTest.ROLE;
    private static final String ECHO = Behaviours.class.getName() + "::echo";
    @ClassCloud
    private static TestCloud cloud;

    private static CreateFunctionResponse create(String name) {
        return cloud.lambda().createFunction(b -> b.functionName(name).runtime(Runtime.JAVA17).role(ROLE).handler(ECHO)
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
    }

    @Test
    void aNewFunctionIsPendingThenActiveAndTheWaiterSeesIt() {
        CreateFunctionResponse created = create("Waited");
        assertEquals(State.PENDING, created.state());
        assertEquals("Creating", created.stateReasonCodeAsString());
        assertNull(created.lastUpdateStatus());
        assertEquals("arn:aws:lambda:us-west-2:000000000000:function:Waited", created.functionArn());
        assertTrue(created.lastModified().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000"));
        assertEquals(3, created.timeout());
        assertEquals(128, created.memorySize());
        assertEquals("/aws/lambda/Waited", created.loggingConfig().logGroup());
        var waited = cloud.lambda().waiter().waitUntilFunctionActiveV2(b -> b.functionName("Waited"));
        assertEquals(State.ACTIVE, waited.matched().response().orElseThrow().configuration().state());
        assertEquals(LastUpdateStatus.SUCCESSFUL, cloud.lambda().getFunctionConfiguration(b -> b.functionName("Waited"))
                .lastUpdateStatus());
    }

    @Test
    void getFunctionsCodeLocationServesTheZipAsUploaded() throws Exception {
        SdkBytes zip = FunctionZips.ofClasses(Behaviours.class);
        cloud.lambda().createFunction(b -> b.functionName("Located").runtime(Runtime.JAVA17).role(ROLE).handler(ECHO)
                .code(c -> c.zipFile(zip)));
        GetFunctionResponse function = cloud.lambda().getFunction(b -> b.functionName("Located"));
        assertEquals("S3", function.code().repositoryType());
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(function.code().location())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(zip.asByteArray(), download.body());
        assertEquals(zip.asByteArray().length, function.configuration().codeSize());
    }

    @Test
    void listFunctionsPagesThroughEveryFunction() {
        for (int i = 0; i < 7; i++) {
            create("Listed" + i);
        }
        List<String> names = new ArrayList<>();
        cloud.lambda().listFunctionsPaginator(b -> b.maxItems(3)).functions()
                .forEach(f -> names.add(f.functionName()));
        assertTrue(names.containsAll(Stream.iterate(0, i -> i + 1).limit(7).map(i -> "Listed" + i).toList()), names.toString());
        assertEquals(names.size(), names.stream().distinct().count());
        FunctionConfiguration listed = cloud.lambda().listFunctions().functions().get(0);
        assertNull(listed.state(), "ListFunctions leaves the state out, as AWS does");
    }

    @Test
    void updatesChangeWhatRunsAndReportInProgress() {
        create("Updated");
        UpdateFunctionCodeResponse code = cloud.lambda().updateFunctionCode(b -> b.functionName("Updated")
                .zipFile(FunctionZips.ofClasses(Behaviours.class, ControlPlaneTest.class)));
        assertEquals(LastUpdateStatus.IN_PROGRESS, code.lastUpdateStatus());
        var config = cloud.lambda().updateFunctionConfiguration(b -> b.functionName("Updated").timeout(9).memorySize(256)
                .environment(e -> e.variables(Map.of("GREETING", "hello"))).description("changed"));
        assertEquals(9, config.timeout());
        assertEquals(Map.of("GREETING", "hello"), config.environment().variables());
        cloud.lambda().waiter().waitUntilFunctionUpdatedV2(b -> b.functionName("Updated"));
        var answer = cloud.lambda().invoke(b -> b.functionName("Updated").payload(SdkBytes.fromUtf8String("{}")));
        assertEquals(256, JavaFunctionTest.json(answer).get("memory").getAsInt());
    }

    @Test
    void deleteRemovesTheFunction() {
        create("Deleted");
        cloud.lambda().deleteFunction(b -> b.functionName("arn:aws:lambda:us-west-2:000000000000:function:Deleted"));
        ResourceNotFoundException gone = assertThrows(ResourceNotFoundException.class,
                () -> cloud.lambda().getFunction(b -> b.functionName("Deleted")));
        assertEquals("Function not found: arn:aws:lambda:us-west-2:000000000000:function:Deleted",
                gone.awsErrorDetails().errorMessage());
        assertThrows(ResourceNotFoundException.class, () -> cloud.lambda().deleteFunction(b -> b.functionName("Deleted")));
    }

    @Test
    void errorsCarryAwsCodesAndTexts() {
        create("Twice");
        assertEquals("Function already exist: Twice",
                assertThrows(ResourceConflictException.class, () -> create("Twice")).awsErrorDetails().errorMessage());
        LambdaException badRuntime = assertThrows(LambdaException.class, () -> cloud.lambda().createFunction(b -> b
                .functionName("Bad").runtime("java99").role(ROLE).handler(ECHO)
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class)))));
        assertEquals("ValidationException", badRuntime.awsErrorDetails().errorCode());
        assertTrue(badRuntime.awsErrorDetails().errorMessage().startsWith(
                "1 validation error detected: Value 'java99' at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [nodejs, "));
        InvalidParameterValueException deprecated = assertThrows(InvalidParameterValueException.class, () -> cloud.lambda()
                .createFunction(b -> b.functionName("Old").runtime(Runtime.PYTHON3_7).role(ROLE).handler("a.b")
                        .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class)))));
        assertTrue(deprecated.awsErrorDetails().errorMessage().startsWith("The runtime parameter of python3.7 is no longer supported"));
        LambdaException badRole = assertThrows(LambdaException.class, () -> cloud.lambda().createFunction(b -> b
                .functionName("Bad").runtime(Runtime.JAVA17).role("badrole").handler(ECHO)
                .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class)))));
        assertEquals("ValidationException", badRole.awsErrorDetails().errorCode());
        assertTrue(badRole.awsErrorDetails().errorMessage().contains("Value 'badrole' at 'role' failed to satisfy constraint"));
        InvalidParameterValueException unknownRole = assertThrows(InvalidParameterValueException.class, () -> cloud.lambda()
                .createFunction(b -> b.functionName("Bad").runtime(Runtime.JAVA17)
                        .role("arn:aws:iam::000000000000:role/Nobody").handler(ECHO)
                        .code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class)))));
        assertEquals("The role defined for the function cannot be assumed by Lambda.",
                unknownRole.awsErrorDetails().errorMessage());
        InvalidParameterValueException reserved = assertThrows(InvalidParameterValueException.class, () -> cloud.lambda()
                .updateFunctionConfiguration(b -> b.functionName("Twice").environment(e -> e.variables(Map.of("AWS_REGION", "x")))));
        assertTrue(reserved.awsErrorDetails().errorMessage().endsWith("Reserved keys used in this request: AWS_REGION"));
        assertThrows(ResourceNotFoundException.class, () -> cloud.lambda().getFunction(b -> b.functionName("Twice").qualifier("7")));
    }

    @Test
    void aZipEntryThatWouldEscapeTheFunctionsFolderIsRefused() throws Exception {
        Path functions = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (Stream<Path> files = Files.list(functions)) {
            before = files.filter(p -> p.getFileName().toString().equals("escaped.txt")).count();
        }
        for (String name : List.of("../../../../../../../../tmp/escaped.txt", "/tmp/escaped.txt")) {
            InvalidParameterValueException refused = assertThrows(InvalidParameterValueException.class, () -> cloud.lambda()
                    .createFunction(b -> b.functionName("Slip").runtime(Runtime.PYTHON3_12).role(ROLE).handler("a.b")
                            .code(c -> c.zipFile(FunctionZips.ofEntries(Map.of("ok.py", "x = 1", name, "escaped"))))));
            assertTrue(refused.awsErrorDetails().errorMessage().contains("would be written outside the function's folder"),
                    refused.awsErrorDetails().errorMessage());
        }
        try (Stream<Path> files = Files.list(functions)) {
            assertEquals(before, files.filter(p -> p.getFileName().toString().equals("escaped.txt")).count());
        }
        assertThrows(ResourceNotFoundException.class, () -> cloud.lambda().getFunction(b -> b.functionName("Slip")));
        InvalidParameterValueException notZip = assertThrows(InvalidParameterValueException.class, () -> cloud.lambda()
                .createFunction(b -> b.functionName("NotZip").runtime(Runtime.PYTHON3_12).role(ROLE).handler("a.b")
                        .code(c -> c.zipFile(SdkBytes.fromUtf8String("plain text")))));
        assertEquals("Could not unzip uploaded file. Please check your file, then try to upload again.",
                notZip.awsErrorDetails().errorMessage());
    }

    @Test
    void invokeRefusesOversizedAndMalformedPayloads() {
        create("Picky");
        LambdaException tooLarge = assertThrows(LambdaException.class, () -> cloud.lambda().invoke(b -> b.functionName("Picky")
                .payload(SdkBytes.fromUtf8String("\"" + "x".repeat(6 * 1024 * 1024) + "\""))));
        assertEquals(413, tooLarge.statusCode());
        assertEquals("RequestEntityTooLargeException", tooLarge.awsErrorDetails().errorCode());
        assertEquals("Request must be smaller than 6291456 bytes for the InvokeFunction operation",
                tooLarge.awsErrorDetails().errorMessage());
        LambdaException notJson = assertThrows(LambdaException.class, () -> cloud.lambda().invoke(b -> b.functionName("Picky")
                .payload(SdkBytes.fromUtf8String("{not json"))));
        assertEquals("InvalidRequestContentException", notJson.awsErrorDetails().errorCode());
        assertEquals(204, cloud.lambda().invoke(b -> b.functionName("Picky").invocationType(InvocationType.DRY_RUN)).statusCode());
        assertEquals(202, cloud.lambda().invoke(b -> b.functionName("Picky").invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{}"))).statusCode());
    }

    @Test
    void permissionsAreAddedShownAndRemoved() {
        create("Permitted");
        String statement = cloud.lambda().addPermission(b -> b.functionName("Permitted").statementId("apigw")
                .action("lambda:InvokeFunction").principal("apigateway.amazonaws.com")
                .sourceArn("arn:aws:execute-api:us-west-2:000000000000:abc123/*")).statement();
        assertEquals("{\"Sid\":\"apigw\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"apigateway.amazonaws.com\"},"
                + "\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"arn:aws:lambda:us-west-2:000000000000:function:Permitted\","
                + "\"Condition\":{\"ArnLike\":{\"AWS:SourceArn\":\"arn:aws:execute-api:us-west-2:000000000000:abc123/*\"}}}",
                statement);
        assertEquals("{\"Version\":\"2012-10-17\",\"Id\":\"default\",\"Statement\":[" + statement + "]}",
                cloud.lambda().getPolicy(b -> b.functionName("Permitted")).policy());
        ResourceConflictException duplicate = assertThrows(ResourceConflictException.class, () -> cloud.lambda()
                .addPermission(b -> b.functionName("Permitted").statementId("apigw").action("lambda:InvokeFunction")
                        .principal("apigateway.amazonaws.com")));
        assertTrue(duplicate.awsErrorDetails().errorMessage().startsWith("The statement id (apigw) provided already exists."));
        cloud.lambda().removePermission(b -> b.functionName("Permitted").statementId("apigw"));
        assertEquals("The resource you requested does not exist.", assertThrows(ResourceNotFoundException.class,
                () -> cloud.lambda().getPolicy(b -> b.functionName("Permitted"))).awsErrorDetails().errorMessage());
    }
}
