package labrepl.cloud.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import labrepl.cloud.lambda.LambdaInvoker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;

/**
 * The lab's whole system in a real browser: the repository's index.html opened from the bucket's
 * website endpoint, the API's invoke URL typed into it, the buttons pressed, the table read.
 * The functions behind the routes do what the lab's ListCustomers and SaveCustomer do, on the
 * local DynamoDB.
 */
@Tag("browser")
class CustomerPageBrowserTest {

    private static final String BUCKET = "customerswebsite-us-west-2-000000000000";

    @RegisterExtension
    static final ApiGatewayCloud CLOUD = new ApiGatewayCloud();

    @TempDir
    static Path profile;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowserAndBuildTheLab() throws Exception {
        chrome = HeadlessChromium.start(profile);
        var dynamodb = CLOUD.cloud().dynamodb();
        dynamodb.createTable(b -> b.tableName("LabCustomers").billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(a -> a.attributeName("ID").attributeType("S"))
                .keySchema(k -> k.attributeName("ID").keyType("HASH")));
        saveCustomer("ABC123", "Manu", "Kwesi");
        saveCustomer("ABD124", "Martha", "Rivera");
        CLOUD.lambda().behaves(LabApi.functionArn("ListCustomers"), (event, caller) -> listCustomers());
        CLOUD.lambda().behaves(LabApi.functionArn("SaveCustomer"), (event, caller) -> {
            JsonObject query = event.getAsJsonObject("queryStringParameters");
            saveCustomer(query.get("id").getAsString(), query.get("firstname").getAsString(),
                    query.get("lastname").getAsString());
            return answer("{\"result\": \"Saved\"}");
        });
        var s3 = CLOUD.cloud().s3();
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
    }

    private static void saveCustomer(String id, String firstname, String lastname) {
        CLOUD.cloud().dynamodb().putItem(b -> b.tableName("LabCustomers").item(Map.of("ID", s(id),
                "firstname", s(firstname), "lastname", s(lastname))));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** The lab's ListCustomers: a scan, answered as {"result": [[ID, firstname, lastname], ...]} (a plain object). */
    private static LambdaInvoker.Invocation listCustomers() {
        String rows = CLOUD.cloud().dynamodb().scan(b -> b.tableName("LabCustomers")).items().stream()
                .map(item -> "[\"" + item.get("ID").s() + "\", " + json(item.get("firstname").s()) + ", "
                        + json(item.get("lastname").s()) + "]")
                .collect(Collectors.joining(", "));
        return answer("{\"result\": [" + rows + "]}");
    }

    private static String json(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }

    private static LambdaInvoker.Invocation answer(String payload) {
        return new LambdaInvoker.Invocation(payload.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Lab 3's API: the two routes (payload 2.0), CORS for any origin, GET and POST, and the $default stage. */
    private static LabApi customerApp() {
        return LabApi.create(CLOUD.client(), "customer-app").route("GET /ListCustomers", "ListCustomers")
                .route("POST /SaveCustomer", "SaveCustomer").labCors();
    }

    @BeforeEach
    void openThePageFromTheWebsite() {
        chrome.get(CLOUD.cloud().cloud().websiteEndpoint(BUCKET).toString());
    }

    private static void typeEndpoint(String url) {
        type("api", url);
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
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(driver ->
                driver.findElement(By.id("status")).getText().contains(containing));
        return chrome.findElement(By.id("status")).getText();
    }

    private static List<List<String>> waitForRowWith(String id) {
        new WebDriverWait(chrome, Duration.ofSeconds(20)).until(driver ->
                tableRows().stream().anyMatch(row -> row.get(0).equals(id)));
        return tableRows();
    }

    @Test
    void onlyListCustomersShowsTheTablesCustomers() throws Exception {
        LabApi api = customerApp();
        typeEndpoint(CLOUD.cloud().cloud().invokeUrl(api.id()) + "/");
        chrome.findElement(By.id("get_items")).click();
        List<List<String>> rows = waitForRowWith("ABD124");
        assertTrue(rows.contains(List.of("ABC123", "Manu", "Kwesi")), rows.toString());
        assertTrue(rows.contains(List.of("ABD124", "Martha", "Rivera")), rows.toString());
        HeadlessChromium.screenshot(chrome, Path.of("target", "browser", "customer-page.png"));
    }

    @Test
    void saveCustomerThenListShowsTheNewCustomerWithAnEndpointWithoutItsTrailingSlash() {
        LabApi api = customerApp();
        typeEndpoint(CLOUD.cloud().cloud().invokeUrl(api.id()).toString());
        type("customer-id", "ABE125");
        type("first-name", "Pat");
        type("last-name", "Candella");
        chrome.findElement(By.id("send")).click();
        List<List<String>> rows = waitForRowWith("ABE125");
        assertTrue(rows.contains(List.of("ABE125", "Pat", "Candella")), rows.toString());
        JsonObject saved = CLOUD.lambda().calls().stream()
                .filter(call -> call.function().endsWith(":SaveCustomer")).reduce((a, b) -> b).orElseThrow().event();
        assertEquals("POST /SaveCustomer", saved.get("routeKey").getAsString());
        assertTrue(!saved.has("body"), "the page saves with the query string alone, no body");
    }

    @Test
    void withTheApisCorsRemovedThePageSaysCorsRefusedIt() {
        LabApi api = customerApp();
        CLOUD.client().deleteCorsConfiguration(b -> b.apiId(api.id()));
        typeEndpoint(CLOUD.cloud().cloud().invokeUrl(api.id()) + "/");
        chrome.findElement(By.id("get_items")).click();
        String status = waitForStatus("CORS");
        assertTrue(status.contains("does not allow this page's origin"), status);
        assertTrue(tableRows().isEmpty());
    }

    @Test
    void anUnreachableApiAndTheUpdateMePlaceholderAreSaidPlainly() {
        chrome.findElement(By.id("get_items")).click();
        assertTrue(waitForStatus("UPDATE-ME").contains("Set the API Endpoint first"));
        typeEndpoint("http://127.0.0.1:9/");
        chrome.findElement(By.id("get_items")).click();
        assertTrue(waitForStatus("unreachable").contains("http://127.0.0.1:9/ListCustomers"));
    }

    @Test
    void aCustomerNamedLikeHtmlIsShownAsText() {
        LabApi api = customerApp();
        String markup = "<img src=x onerror=\"window.injected=1\">";
        typeEndpoint(CLOUD.cloud().cloud().invokeUrl(api.id()) + "/");
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
