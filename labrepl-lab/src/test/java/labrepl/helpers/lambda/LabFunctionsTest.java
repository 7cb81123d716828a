package labrepl.helpers.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipInputStream;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The lab's two functions in Java, from the repository's lambda/ folder: compiled and packaged
 * with the SDK they import, deployed, and invoked with the lab's test events; the SDK inside the
 * function reaches the local DynamoDB.
 */
@Tag("process")
@WithLocalCloud
class LabFunctionsTest {

    @Test
    void theLabsJavaFunctionsSaveAndListCustomers(LambdaClient lambda, DynamoDbClient dynamodb) throws Exception {
        dynamodb.createTable(b -> b.tableName("LabCustomers").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("ID").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("ID").keyType(KeyType.HASH)));
        dynamodb.putItem(b -> b.tableName("LabCustomers").item(Map.of("ID", AttributeValue.fromS("ABC123"),
                "firstname", AttributeValue.fromS("Manu"), "lastname", AttributeValue.fromS("Kwesi"))));
        FunctionDeployer deployer = new FunctionDeployer(lambda);
        FunctionPackage save = FunctionPackage.fromSource(Path.of("lambda/SaveCustomer.java"));
        assertEquals("SaveCustomer::handleRequest", save.handler());
        deployer.deploy("SaveCustomer", save, "arn:aws:iam::000000000000:role/SaveCustomer");
        deployer.deploy("ListCustomers", FunctionPackage.fromSource(Path.of("lambda/ListCustomers.java")),
                "arn:aws:iam::000000000000:role/ListCustomers");

        FunctionTestRun saved = deployer.invoke("SaveCustomer",
                "{\"queryStringParameters\": {\"id\": \"ABE125\", \"firstname\": \"Pat\", \"lastname\": \"Candella\"}}");
        assertTrue(saved.succeeded(), saved.toString());
        assertEquals("{\n  \"result\": \"Saved\"\n}", saved.response());
        assertTrue(saved.log().contains("{queryStringParameters={id=ABE125, firstname=Pat, lastname=Candella}}"), saved.log());

        FunctionTestRun listed = deployer.invoke("ListCustomers", "{}");
        assertTrue(listed.succeeded(), listed.toString());
        assertTrue(listed.response().contains("\"ABE125\",\n      \"Pat\",\n      \"Candella\""), listed.response());
        assertTrue(listed.toString().startsWith("Executing function ListCustomers: succeeded\nResponse:\n{"), listed.toString());
        assertTrue(listed.toString().contains("\nFunction Logs:\nSTART RequestId: " + listed.requestId()), listed.toString());
    }

    @Test
    void aRedeployRunsTheNewCode(LambdaClient lambda, @TempDir Path folder) throws Exception {
        Path source = folder.resolve("Greeter.java");
        Files.writeString(source, "public class Greeter {\n    public static String handleRequest(java.util.Map<String, Object> e)"
                + " {\n        return \"hello\";\n    }\n}\n");
        FunctionDeployer deployer = new FunctionDeployer(lambda);
        deployer.deploy("Greeter", FunctionPackage.fromSource(source), "arn:aws:iam::000000000000:role/ListCustomers");
        assertEquals("\"hello\"", deployer.invoke("Greeter", "{}").response());
        Files.writeString(source, Files.readString(source).replace("\"hello\"", "\"bonjour\""));
        FunctionPackage changed = FunctionPackage.fromSource(source);
        try (ZipInputStream zip = new ZipInputStream(changed.zip().asInputStream())) {
            assertEquals("Greeter.class", zip.getNextEntry().getName());
            assertEquals(null, zip.getNextEntry(), "a handler that imports nothing of AWS is packaged alone");
        }
        deployer.deploy("Greeter", changed, "arn:aws:iam::000000000000:role/ListCustomers");
        assertEquals("\"bonjour\"", deployer.invoke("Greeter", "{}").response());
    }

    @Test
    void aSourceThatDoesNotCompileSaysWhy(@TempDir Path folder) throws Exception {
        Path source = folder.resolve("Broken.java");
        Files.writeString(source, "public class Broken { int x = ; }\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> FunctionPackage.fromSource(source));
        assertTrue(error.getMessage().contains("does not compile") && error.getMessage().contains("Broken.java:1"),
                error.getMessage());
    }
}
