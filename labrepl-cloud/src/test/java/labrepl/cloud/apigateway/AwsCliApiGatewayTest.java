package labrepl.cloud.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Lab 3's API built with the unmodified AWS CLI, as a learner types it, and the CLI's view of AWS's errors. */
@Tag("cli")
class AwsCliApiGatewayTest {

    @RegisterExtension
    static final ApiGatewayCloud CLOUD = new ApiGatewayCloud();

    @TempDir
    static Path work;
    private static AwsCli cli;

    @BeforeAll
    static void cli() {
        assumeTrue(AwsCli.isInstalled(), "the AWS CLI (aws) is not installed on this machine");
        cli = CLOUD.cloud().awsCli(work);
    }

    private static JsonObject json(String output) {
        return JsonParser.parseString(output).getAsJsonObject();
    }

    @Test
    void theLabsApiIsBuiltRouteByRouteWithCorsAndAnswersOnItsInvokeUrl() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("ListCustomers"), "{\"result\": []}");
        JsonObject api = json(cli.output("apigatewayv2", "create-api", "--name", "customer-app", "--protocol-type", "HTTP",
                "--cors-configuration", "AllowOrigins=*,AllowHeaders=*,AllowMethods=GET,POST"));
        String apiId = api.get("ApiId").getAsString();
        assertEquals("http://" + apiId + ".execute-api.localhost:" + CLOUD.port(), api.get("ApiEndpoint").getAsString());
        assertEquals("[\"GET\",\"POST\"]", api.getAsJsonObject("CorsConfiguration").get("AllowMethods").toString());
        String integrationId = json(cli.output("apigatewayv2", "create-integration", "--api-id", apiId,
                "--integration-type", "AWS_PROXY", "--integration-uri", LabApi.functionArn("ListCustomers"),
                "--payload-format-version", "2.0")).get("IntegrationId").getAsString();
        JsonObject route = json(cli.output("apigatewayv2", "create-route", "--api-id", apiId, "--route-key",
                "GET /ListCustomers", "--target", "integrations/" + integrationId));
        assertEquals("GET /ListCustomers", route.get("RouteKey").getAsString());
        JsonObject stage = json(cli.output("apigatewayv2", "create-stage", "--api-id", apiId, "--stage-name", "$default",
                "--auto-deploy"));
        assertTrue(stage.get("AutoDeploy").getAsBoolean());
        String stages = cli.output("apigatewayv2", "get-stages", "--api-id", apiId, "--query", "Items[].StageName",
                "--output", "text");
        assertEquals("$default", stages.strip());
        PlainHttp.Response response = CLOUD.get(apiId, "/ListCustomers");
        assertEquals(200, response.status());
        assertEquals("{\"result\": []}", response.text());
    }

    @Test
    void quickCreateWithTargetGivesARoutedApi() {
        JsonObject api = json(cli.output("apigatewayv2", "create-api", "--name", "quick", "--protocol-type", "HTTP",
                "--target", LabApi.functionArn("ListCustomers"), "--route-key", "GET /ListCustomers"));
        String routes = cli.output("apigatewayv2", "get-routes", "--api-id", api.get("ApiId").getAsString(), "--query",
                "Items[].RouteKey", "--output", "text");
        assertEquals("GET /ListCustomers", routes.strip());
    }

    @Test
    void errorsReadAsAwsWordsThem() {
        AwsCli.Result missing = cli.run("apigatewayv2", "get-api", "--api-id", "abcdefghij");
        assertTrue(missing.exitCode() != 0, "the CLI fails (254 for v2, 255 for v1)");
        assertTrue(missing.stderr().contains("An error occurred (NotFoundException) when calling the GetApi operation:"
                + " Invalid API identifier specified 000000000000:abcdefghij"), missing.stderr());
        String apiId = json(cli.output("apigatewayv2", "create-api", "--name", "errors", "--protocol-type", "HTTP"))
                .get("ApiId").getAsString();
        cli.output("apigatewayv2", "create-route", "--api-id", apiId, "--route-key", "GET /pets");
        AwsCli.Result duplicate = cli.run("apigatewayv2", "create-route", "--api-id", apiId, "--route-key", "GET /pets");
        assertTrue(duplicate.stderr().contains("(ConflictException) when calling the CreateRoute operation"),
                duplicate.stderr());
        AwsCli.Result credentials = cli.run("apigatewayv2", "update-api", "--api-id", apiId, "--cors-configuration",
                "AllowOrigins=*,AllowCredentials=true");
        assertTrue(credentials.stderr().contains("(BadRequestException) when calling the UpdateApi operation:"
                + " allow-credentials is not supported if 'allow-origin' is *"), credentials.stderr());
    }
}
