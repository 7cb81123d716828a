package labrepl.cloud.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.awscli.AwsCli;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Labs 2 and 3 end to end with the unmodified AWS CLI and the real local Lambda: the table, the
 * lab's two Python functions under their roles, the HTTP API customer-app with its two routes
 * and CORS, the Lambda permissions (first forgotten, as learners do), and the page on the
 * bucket's website; then the invoke URL lists and saves as the page calls it.
 */
@Tag("process")
@Tag("cli")
@WithLocalCloud
class LabThreeCliTest {

    private static final String BUCKET = "customerswebsite-us-west-2-000000000000";
    private static final String PAGE_ORIGIN = "http://" + BUCKET + ".s3-website-us-west-2.localhost";

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** A deployment package with the lab's handler as lambda_function.py. */
    private static void zip(Path zip, String module) throws IOException {
        try (InputStream source = LabThreeCliTest.class.getResourceAsStream("/labrepl/cloud/lambda/python/" + module);
             OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("lambda_function.py"));
            source.transferTo(out);
        }
    }

    private static String createFunction(AwsCli aws, String name, String module) throws IOException {
        zip(aws.folder().resolve(name + ".zip"), module);
        String arn = json(aws.output("lambda", "create-function", "--function-name", name, "--runtime", "python3.12",
                "--handler", "lambda_function.lambda_handler", "--role", "arn:aws:iam::000000000000:role/" + name,
                "--zip-file", "fileb://" + name + ".zip")).get("FunctionArn").getAsString();
        aws.output("lambda", "wait", "function-active-v2", "--function-name", name);
        return arn;
    }

    private static void route(AwsCli aws, String apiId, String routeKey, String functionArn) {
        String integrationId = json(aws.output("apigatewayv2", "create-integration", "--api-id", apiId,
                "--integration-type", "AWS_PROXY", "--integration-uri", functionArn, "--payload-format-version", "2.0"))
                .get("IntegrationId").getAsString();
        aws.output("apigatewayv2", "create-route", "--api-id", apiId, "--route-key", routeKey,
                "--target", "integrations/" + integrationId);
    }

    private static PlainHttp.Response call(LocalCloud cloud, String apiId, String method, String target)
            throws IOException {
        return PlainHttp.send(cloud.port(), method, cloud.invokeUrl(apiId).getAuthority(), target,
                Map.of("Origin", PAGE_ORIGIN), method.equals("POST") ? new byte[0] : null);
    }

    @Test
    void theCustomerAppWorksFromTheCliAsInTheLab(AwsCli aws, LocalCloud cloud) throws Exception {
        aws.output("dynamodb", "create-table", "--table-name", "LabCustomers", "--attribute-definitions",
                "AttributeName=ID,AttributeType=S", "--key-schema", "AttributeName=ID,KeyType=HASH",
                "--billing-mode", "PAY_PER_REQUEST");
        aws.output("dynamodb", "put-item", "--table-name", "LabCustomers", "--item",
                "{\"ID\":{\"S\":\"ABC123\"},\"firstname\":{\"S\":\"Manu\"},\"lastname\":{\"S\":\"Kwesi\"}}");
        aws.output("dynamodb", "put-item", "--table-name", "LabCustomers", "--item",
                "{\"ID\":{\"S\":\"ABD124\"},\"firstname\":{\"S\":\"Martha\"},\"lastname\":{\"S\":\"Rivera\"}}");
        assertTrue(aws.output("iam", "get-role", "--role-name", "SaveCustomer").contains("role/SaveCustomer"),
                "the lab account's roles exist");
        String listArn = createFunction(aws, "ListCustomers", "list_customers.py");
        String saveArn = createFunction(aws, "SaveCustomer", "save_customer.py");

        JsonObject api = json(aws.output("apigatewayv2", "create-api", "--name", "customer-app", "--protocol-type",
                "HTTP", "--cors-configuration", "AllowOrigins=*,AllowHeaders=*,AllowMethods=GET,POST"));
        String apiId = api.get("ApiId").getAsString();
        route(aws, apiId, "GET /ListCustomers", listArn);
        route(aws, apiId, "POST /SaveCustomer", saveArn);
        aws.output("apigatewayv2", "create-stage", "--api-id", apiId, "--stage-name", "$default", "--auto-deploy");
        assertEquals(cloud.invokeUrl(apiId).toString(), json(aws.output("apigatewayv2", "get-api", "--api-id", apiId))
                .get("ApiEndpoint").getAsString());

        PlainHttp.Response forbidden = call(cloud, apiId, "GET", "/ListCustomers");
        assertEquals(500, forbidden.status(), "no Lambda permission yet: the learner's classic mistake");
        assertEquals("{\"message\":\"Internal Server Error\"}", forbidden.text());
        assertEquals("*", forbidden.header("Access-Control-Allow-Origin"));

        for (String function : new String[] {"ListCustomers", "SaveCustomer"}) {
            aws.output("lambda", "add-permission", "--function-name", function, "--statement-id", "customer-app",
                    "--action", "lambda:InvokeFunction", "--principal", "apigateway.amazonaws.com", "--source-arn",
                    "arn:aws:execute-api:us-west-2:000000000000:" + apiId + "/*/*/" + function);
        }
        PlainHttp.Response listed = call(cloud, apiId, "GET", "/ListCustomers");
        assertEquals(200, listed.status(), listed.text());
        assertEquals("application/json", listed.header("Content-Type"));
        JsonObject rows = json(listed.text());
        assertTrue(rows.getAsJsonArray("result").toString().contains("[\"ABC123\",\"Manu\",\"Kwesi\"]"), listed.text());
        assertTrue(rows.getAsJsonArray("result").toString().contains("[\"ABD124\",\"Martha\",\"Rivera\"]"), listed.text());

        PlainHttp.Response saved = call(cloud, apiId, "POST", "/SaveCustomer?id=ABE125&firstname=Pat&lastname=Candella");
        assertEquals(200, saved.status(), saved.text());
        assertEquals("Saved", json(saved.text()).get("result").getAsString());
        assertTrue(json(call(cloud, apiId, "GET", "/ListCustomers").text()).getAsJsonArray("result").toString()
                .contains("[\"ABE125\",\"Pat\",\"Candella\"]"));

        Files.copy(Path.of("index.html"), aws.folder().resolve("index.html"));
        aws.output("s3", "mb", "s3://" + BUCKET);
        aws.output("s3api", "delete-public-access-block", "--bucket", BUCKET);
        aws.output("s3api", "put-bucket-policy", "--bucket", BUCKET, "--policy", "{\"Version\":\"2012-10-17\","
                + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + BUCKET + "/*\"}]}");
        aws.output("s3", "website", "s3://" + BUCKET, "--index-document", "index.html");
        aws.output("s3", "cp", "index.html", "s3://" + BUCKET);
        PlainHttp.Response page = PlainHttp.get(cloud.port(), cloud.websiteEndpoint(BUCKET).getAuthority(), "/");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("SaveCustomer?"), "the page the website serves speaks lab 3's contract");
    }
}
