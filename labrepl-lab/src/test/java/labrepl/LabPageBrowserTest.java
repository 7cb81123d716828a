package labrepl;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.helpers.lambda.FunctionDeployer;
import labrepl.helpers.lambda.FunctionPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;

/**
 * The whole system of the labs in a real browser: the repository's index.html opened from the
 * bucket's website endpoint, lab 3's HTTP API in front of the lab's Java functions (lambda/), the
 * invoke URL typed into the page, the buttons pressed, the table read.
 */
@Tag("browser")
@Tag("process")
@WithLocalCloud
class LabPageBrowserTest {

    private static final String BUCKET = "customerswebsite-us-west-2-000000000000";

    @TempDir
    static Path profile;
    private static ChromeDriver chrome;
    private static ApiGatewayV2Client apigateway;
    private static LocalCloud cloud;

    @BeforeAll
    static void buildTheLabThenStartTheBrowser(LocalCloud local, DynamoDbClient dynamodb, S3Client s3,
                                               LambdaClient lambda) throws Exception {
        cloud = local;
        chrome = HeadlessChromium.start(profile);
        apigateway = ApiGatewayV2Client.builder().endpointOverride(local.endpoint()).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("lab", "lab"))).build();
        dynamodb.createTable(b -> b.tableName("LabCustomers").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("ID").attributeType("S"))
                .keySchema(k -> k.attributeName("ID").keyType("HASH")));
        for (List<String> customer : List.of(List.of("ABC123", "Manu", "Kwesi"), List.of("ABD124", "Martha", "Rivera"))) {
            dynamodb.putItem(b -> b.tableName("LabCustomers").item(Map.of("ID", AttributeValue.fromS(customer.get(0)),
                    "firstname", AttributeValue.fromS(customer.get(1)), "lastname", AttributeValue.fromS(customer.get(2)))));
        }
        FunctionDeployer deployer = new FunctionDeployer(lambda);
        for (String function : new String[] {"ListCustomers", "SaveCustomer"}) {
            deployer.deploy(function, FunctionPackage.fromSource(Path.of("lambda", function + ".java")),
                    "arn:aws:iam::000000000000:role/" + function);
            lambda.addPermission(b -> b.functionName(function).statementId("customer-app")
                    .action("lambda:InvokeFunction").principal("apigateway.amazonaws.com")
                    .sourceArn("arn:aws:execute-api:us-west-2:000000000000:*/*/*/" + function));
        }
        s3.createBucket(b -> b.bucket(BUCKET).createBucketConfiguration(c -> c.locationConstraint(
                BucketLocationConstraint.US_WEST_2)));
        s3.deletePublicAccessBlock(b -> b.bucket(BUCKET));
        s3.putBucketPolicy(b -> b.bucket(BUCKET).policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::" + BUCKET
                + "/*\"}]}"));
        s3.putBucketWebsite(b -> b.bucket(BUCKET).websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))));
        s3.putObject(b -> b.bucket(BUCKET).key("index.html").contentType("text/html"),
                RequestBody.fromFile(Path.of("index.html")));
    }

    @AfterAll
    static void stopBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
        if (apigateway != null) {
            apigateway.close();
        }
    }

    /** Lab 3's API: the two routes (payload 2.0), CORS for any origin, GET and POST, the $default stage. */
    private static String customerApp() {
        String apiId = apigateway.createApi(b -> b.name("customer-app").protocolType("HTTP").corsConfiguration(c -> c
                .allowOrigins("*").allowHeaders("*").allowMethods("GET", "POST"))).apiId();
        for (String routeKey : new String[] {"GET /ListCustomers", "POST /SaveCustomer"}) {
            String function = routeKey.substring(routeKey.indexOf('/') + 1);
            String integrationId = apigateway.createIntegration(b -> b.apiId(apiId).integrationType("AWS_PROXY")
                    .integrationUri("arn:aws:lambda:us-west-2:000000000000:function:" + function)
                    .payloadFormatVersion("2.0")).integrationId();
            apigateway.createRoute(b -> b.apiId(apiId).routeKey(routeKey).target("integrations/" + integrationId));
        }
        apigateway.createStage(b -> b.apiId(apiId).stageName("$default").autoDeploy(true));
        return apiId;
    }

    @BeforeEach
    void openThePageFromTheWebsite() {
        chrome.get(cloud.websiteEndpoint(BUCKET).toString());
    }

    private static void type(String id, String text) {
        WebElement field = chrome.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static List<List<String>> tableRows() {
        return chrome.findElements(By.cssSelector("#customers-body tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    private static String waitForStatus(String containing) {
        new WebDriverWait(chrome, Duration.ofSeconds(60)).until(driver ->
                driver.findElement(By.id("status")).getText().contains(containing));
        return chrome.findElement(By.id("status")).getText();
    }

    private static List<List<String>> waitForRowWith(String id) {
        new WebDriverWait(chrome, Duration.ofSeconds(60)).until(driver ->
                tableRows().stream().anyMatch(row -> row.get(0).equals(id)));
        return tableRows();
    }

    @Test
    void onlyListCustomersShowsTheTablesCustomers() throws Exception {
        type("api", cloud.invokeUrl(customerApp()) + "/");
        chrome.findElement(By.id("get_items")).click();
        List<List<String>> rows = waitForRowWith("ABD124");
        assertTrue(rows.contains(List.of("ABC123", "Manu", "Kwesi")), rows.toString());
        assertTrue(rows.contains(List.of("ABD124", "Martha", "Rivera")), rows.toString());
        HeadlessChromium.screenshot(chrome, Path.of("target", "browser", "customer-page.png"));
    }

    @Test
    void saveCustomerThenListShowsTheNewCustomerWithAnEndpointWithoutItsTrailingSlash() {
        type("api", cloud.invokeUrl(customerApp()).toString());
        type("customer-id", "ABE125");
        type("first-name", "Pat");
        type("last-name", "Candella");
        chrome.findElement(By.id("send")).click();
        List<List<String>> rows = waitForRowWith("ABE125");
        assertTrue(rows.contains(List.of("ABE125", "Pat", "Candella")), rows.toString());
    }

    @Test
    void withTheApisCorsRemovedThePageSaysCorsRefusedIt() {
        String apiId = customerApp();
        apigateway.deleteCorsConfiguration(b -> b.apiId(apiId));
        type("api", cloud.invokeUrl(apiId) + "/");
        chrome.findElement(By.id("get_items")).click();
        String status = waitForStatus("CORS");
        assertTrue(status.contains("does not allow this page's origin"), status);
        assertTrue(tableRows().isEmpty());
    }

    @Test
    void anUnreachableApiAndTheUpdateMePlaceholderAreSaidPlainly() {
        chrome.findElement(By.id("get_items")).click();
        assertTrue(waitForStatus("UPDATE-ME").contains("Set the API Endpoint first"));
        type("api", "http://127.0.0.1:9/");
        chrome.findElement(By.id("get_items")).click();
        assertTrue(waitForStatus("unreachable").contains("http://127.0.0.1:9/ListCustomers"));
    }

    @Test
    void aCustomerNamedLikeHtmlIsShownAsText() {
        String markup = "<img src=x onerror=\"window.injected=1\">";
        type("api", cloud.invokeUrl(customerApp()) + "/");
        type("customer-id", "XSS001");
        type("first-name", markup);
        type("last-name", "<b>bold</b>");
        chrome.findElement(By.id("send")).click();
        List<List<String>> rows = waitForRowWith("XSS001");
        assertTrue(rows.contains(List.of("XSS001", markup, "<b>bold</b>")), rows.toString());
        assertTrue(chrome.findElements(By.cssSelector("#customers-body img, #customers-body b")).isEmpty());
        assertNull(chrome.executeScript("return window.injected;"));
    }
}
