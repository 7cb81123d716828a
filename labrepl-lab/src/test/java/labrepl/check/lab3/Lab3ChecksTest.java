package labrepl.check.lab3;

import static labrepl.check.Grades.assertGrades;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import labrepl.check.CheckResult;
import labrepl.check.CheckResult.Status;
import labrepl.check.Grades;
import labrepl.check.lab1.CompletedLab1;
import labrepl.check.lab2.CompletedLab2;
import labrepl.cloud.junit.TestCloud;
import labrepl.target.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.Route;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Lab 3's checks: all pass on the completed lab, and each hint appears when that one step was
 * left out or done wrong. Steps done wrong on the completed lab are undone after their test; a
 * missing API or function gets a cloud of its own.
 */
@Tag("process")
class Lab3ChecksTest {

    private static final String BUCKET = CompletedLab1.BUCKET;
    private static TestCloud cloud;
    private static CompletedLab3 lab;

    @BeforeAll
    static void completeTheLabs() throws Exception {
        cloud = TestCloud.inMemory();
        new CompletedLab1(cloud).all();
        new CompletedLab2(cloud).all();
        lab = new CompletedLab3(cloud).all();
    }

    @AfterAll
    static void stop() {
        lab.close();
        cloud.close();
    }

    private static Map<String, CheckResult> grade(TestCloud on) {
        return Grades.of(Target.localCloud(on.endpoint(), TestCloud.REGION), Lab3Checks.LAB);
    }

    private static ApiGatewayV2Client apigateway() {
        return lab.apigateway();
    }

    private static Route route(String key) {
        return apigateway().getRoutes(b -> b.apiId(lab.apiId())).items().stream()
                .filter(route -> route.routeKey().equals(key)).findFirst().orElseThrow();
    }

    private static void withoutRoute(String key, Runnable test) {
        Route route = route(key);
        apigateway().deleteRoute(b -> b.apiId(lab.apiId()).routeId(route.routeId()));
        try {
            test.run();
        } finally {
            apigateway().createRoute(b -> b.apiId(lab.apiId()).routeKey(key).target(route.target()));
        }
    }

    private static String integrationOf(String key) {
        return route(key).target().substring("integrations/".length());
    }

    @Test
    void everyCheckPassesOnTheCompletedLab() {
        assertGrades(grade(cloud));
    }

    @Test
    void aMissingApiIsNamedAndEverythingElseIsBlocked() {
        try (TestCloud empty = TestCloud.inMemory()) {
            Map<String, CheckResult> grades = grade(empty);

            assertEquals("there is no HTTP API customer-app in us-west-2; create it (an HTTP API, not a REST API) with a"
                    + " Lambda integration to ListCustomers", grades.get("api").message());
            grades.values().stream().filter(g -> !g.check().id().equals("api"))
                    .forEach(g -> assertEquals(Status.BLOCKED, g.status(), g.toString()));
        }
    }

    @Test
    void anApiNamedOtherwiseIsPointedOutAndMissingFunctionsAndBucketAreNamed() {
        try (TestCloud other = TestCloud.inMemory(); CompletedLab3 api = new CompletedLab3(other).api("customer-api")) {
            assertGrades(Map.of("api", grade(other).get("api")), "api", Status.FAILED,
                    "there is no HTTP API customer-app but there is customer-api; name the API customer-app");
            api.api("customer-app");

            Map<String, CheckResult> grades = grade(other);

            assertGrades(Map.of("list-permission", grades.get("list-permission"), "page", grades.get("page")),
                    "list-permission", Status.FAILED, "there is no function ListCustomers for the API to invoke; Lab 2"
                            + " makes it",
                    "page", Status.FAILED, "there is no bucket " + BUCKET + " to serve the page from; Lab 1 makes it");
        }
    }

    @Test
    void aMissingDefaultStageIsTheHint() {
        apigateway().deleteStage(b -> b.apiId(lab.apiId()).stageName("$default"));
        try {
            assertGrades(grade(cloud),
                    "stage", Status.FAILED, "the API has no $default stage, so its invoke URL does not answer as the"
                            + " page calls it; add the $default stage with automatic deployment",
                    "invoke-url", Status.BLOCKED, "needs 3.1 its $default stage");
        } finally {
            apigateway().createStage(b -> b.apiId(lab.apiId()).stageName("$default").autoDeploy(true));
        }
    }

    @Test
    void aStageWithNothingDeployedIsTheHint() {
        try (TestCloud other = TestCloud.inMemory(); CompletedLab3 api = new CompletedLab3(other).api("customer-app")) {
            api.apigateway().createStage(b -> b.apiId(api.apiId()).stageName("$default"));

            assertGrades(Map.of("stage", grade(other).get("stage")), "stage", Status.FAILED,
                    "the $default stage has nothing deployed; turn on its automatic deployment (or deploy the API)");
        }
    }

    @Test
    void aMissingRouteIsTheHintAndTheVisitFindsNothing() {
        withoutRoute("GET /ListCustomers", () -> assertGrades(grade(cloud),
                "list-route", Status.FAILED, "the API has no route GET /ListCustomers (it has POST /SaveCustomer); add"
                        + " it with an integration to ListCustomers",
                "invoke-url", Status.FAILED, "/ListCustomers answers 404 Not Found: the API has no route GET"
                        + " /ListCustomers on its $default stage"));
    }

    @Test
    void aRouteWithAnotherMethodIsTheHint() {
        withoutRoute("POST /SaveCustomer", () -> {
            lab.route("GET /SaveCustomer", "SaveCustomer");
            try {
                assertGrades(grade(cloud), "save-route", Status.FAILED,
                        "the route is GET /SaveCustomer, but the page calls POST /SaveCustomer");
            } finally {
                apigateway().deleteRoute(b -> b.apiId(lab.apiId()).routeId(route("GET /SaveCustomer").routeId()));
            }
        });
    }

    @Test
    void aRouteWhosePathIsInAnotherCaseIsTheHint() {
        withoutRoute("POST /SaveCustomer", () -> {
            lab.route("POST /saveCustomer", "SaveCustomer");
            try {
                assertGrades(grade(cloud), "save-route", Status.FAILED, "the route is POST /saveCustomer, but paths are"
                        + " case sensitive and the page calls POST /SaveCustomer");
            } finally {
                apigateway().deleteRoute(b -> b.apiId(lab.apiId()).routeId(route("POST /saveCustomer").routeId()));
            }
        });
    }

    @Test
    void aRouteWithoutAnIntegrationIsTheHint() {
        withoutRoute("POST /SaveCustomer", () -> {
            apigateway().createRoute(b -> b.apiId(lab.apiId()).routeKey("POST /SaveCustomer"));
            try {
                assertGrades(grade(cloud), "save-route", Status.FAILED, "the route POST /SaveCustomer has no"
                        + " integration; attach a Lambda integration to SaveCustomer");
            } finally {
                apigateway().deleteRoute(b -> b.apiId(lab.apiId()).routeId(route("POST /SaveCustomer").routeId()));
            }
        });
    }

    @Test
    void aRouteToTheOtherFunctionIsTheHint() {
        String integration = integrationOf("POST /SaveCustomer");
        apigateway().updateIntegration(b -> b.apiId(lab.apiId()).integrationId(integration)
                .integrationUri(CompletedLab3.functionArn("ListCustomers")));
        try {
            assertGrades(grade(cloud), "save-route", Status.FAILED,
                    "the route POST /SaveCustomer invokes ListCustomers; it should invoke SaveCustomer");
        } finally {
            apigateway().updateIntegration(b -> b.apiId(lab.apiId()).integrationId(integration)
                    .integrationUri(CompletedLab3.functionArn("SaveCustomer")));
        }
    }

    @Test
    void payloadFormatOneIsTheHintAndTheVisitGetsA500() {
        String integration = integrationOf("GET /ListCustomers");
        apigateway().updateIntegration(b -> b.apiId(lab.apiId()).integrationId(integration).payloadFormatVersion("1.0"));
        try {
            assertGrades(grade(cloud),
                    "list-route", Status.FAILED, "the integration of GET /ListCustomers uses payload format 1.0, with"
                            + " which ListCustomers's plain answer becomes a 500; choose 2.0",
                    "invoke-url", Status.FAILED, "/ListCustomers answers 500 Internal Server Error: API Gateway got no"
                            + " answer it could use from ListCustomers");
        } finally {
            apigateway().updateIntegration(b -> b.apiId(lab.apiId()).integrationId(integration)
                    .payloadFormatVersion("2.0"));
        }
    }

    @Test
    void aFunctionWithoutPermissionIsTheHintAndTheVisitGetsA500() {
        cloud.lambda().removePermission(b -> b.functionName("ListCustomers").statementId("apigateway-" + lab.apiId()));
        try {
            assertGrades(grade(cloud),
                    "list-permission", Status.FAILED, "the function ListCustomers has no permission for API Gateway to"
                            + " invoke it; add one for the principal apigateway.amazonaws.com with the source ARN"
                            + " arn:aws:execute-api:us-west-2:000000000000:" + lab.apiId() + "/*",
                    "invoke-url", Status.FAILED, "most often the function has no permission for API Gateway to invoke"
                            + " it");
        } finally {
            lab.permit("ListCustomers", lab.apiId());
        }
    }

    @Test
    void aPermissionForAnotherApiIsTheHint() {
        cloud.lambda().removePermission(b -> b.functionName("SaveCustomer").statementId("apigateway-" + lab.apiId()));
        lab.permit("SaveCustomer", "0ld4p1");
        try {
            assertGrades(grade(cloud), "save-permission", Status.FAILED, "SaveCustomer lets API Gateway invoke it only"
                    + " from arn:aws:execute-api:us-west-2:000000000000:0ld4p1/*, not from customer-app ("
                    + lab.apiId() + ")");
        } finally {
            cloud.lambda().removePermission(b -> b.functionName("SaveCustomer").statementId("apigateway-0ld4p1"));
            lab.permit("SaveCustomer", lab.apiId());
        }
    }

    @Test
    void aPolicyForAnotherServiceIsTheHint() {
        cloud.lambda().removePermission(b -> b.functionName("SaveCustomer").statementId("apigateway-" + lab.apiId()));
        cloud.lambda().addPermission(b -> b.functionName("SaveCustomer").statementId("s3").action("lambda:InvokeFunction")
                .principal("s3.amazonaws.com"));
        try {
            assertGrades(grade(cloud), "save-permission", Status.FAILED,
                    "the policy of SaveCustomer does not let API Gateway invoke it; add one");
        } finally {
            cloud.lambda().removePermission(b -> b.functionName("SaveCustomer").statementId("s3"));
            lab.permit("SaveCustomer", lab.apiId());
        }
    }

    @Test
    void noCorsIsTheHint() {
        apigateway().deleteCorsConfiguration(b -> b.apiId(lab.apiId()));
        try {
            assertGrades(grade(cloud), "cors", Status.FAILED, "the API has no CORS configuration, so the browser keeps"
                    + " its answers from the page at http://" + BUCKET + ".s3-website-us-west-2.localhost:"
                    + cloud.endpoint().getPort() + "; allow the origin * and the methods GET and POST");
        } finally {
            restoreCors();
        }
    }

    @Test
    void corsForGetOnlyIsTheHint() {
        apigateway().updateApi(b -> b.apiId(lab.apiId()).corsConfiguration(c -> c.allowOrigins("*").allowMethods("GET")));
        try {
            assertGrades(grade(cloud), "cors", Status.FAILED, "CORS allows GET only; the page's save uses POST");
        } finally {
            restoreCors();
        }
    }

    @Test
    void corsWithoutMethodsIsTheHint() {
        apigateway().deleteCorsConfiguration(b -> b.apiId(lab.apiId()));
        apigateway().updateApi(b -> b.apiId(lab.apiId()).corsConfiguration(c -> c.allowOrigins("*")));
        try {
            assertGrades(grade(cloud), "cors", Status.FAILED, "CORS allows no methods; the page lists with GET and"
                    + " saves with POST");
        } finally {
            restoreCors();
        }
    }

    @Test
    void corsForAnotherOriginIsTheHint() {
        apigateway().updateApi(b -> b.apiId(lab.apiId()).corsConfiguration(c -> c.allowOrigins("http://example.com")));
        try {
            assertGrades(grade(cloud), "cors", Status.FAILED, "CORS allows the origins http://example.com, not the page"
                    + " at http://" + BUCKET + ".s3-website-us-west-2.localhost:");
        } finally {
            restoreCors();
        }
    }

    private static void restoreCors() {
        apigateway().deleteCorsConfiguration(b -> b.apiId(lab.apiId()));
        apigateway().updateApi(b -> b.apiId(lab.apiId()).corsConfiguration(c -> c.allowOrigins("*").allowHeaders("*")
                .allowMethods("GET", "POST")));
    }

    @Test
    void aVisitThatDoesNotListTheCustomersIsTheHint() {
        cloud.dynamodb().deleteItem(b -> b.tableName("LabCustomers").key(Map.of("ID", AttributeValue.fromS("ABC123"))));
        try {
            assertGrades(grade(cloud), "invoke-url", Status.FAILED, "/ListCustomers answers 200 but not the customers:"
                    + " {\"result\":[");
        } finally {
            new CompletedLab1(cloud).customers();
        }
    }

    @Test
    void aPageStillCallingUpdateMeIsTheHint() throws Exception {
        lab.page("UPDATE-ME");
        try {
            assertGrades(grade(cloud), "page", Status.FAILED, "the page in the bucket still calls UPDATE-ME; set its API"
                    + " Endpoint value to " + lab.endpoint() + "/ and upload it again (aws s3 cp index.html s3://"
                    + BUCKET + ")");
        } finally {
            lab.page(lab.endpoint() + "/");
        }
    }

    @Test
    void aPageCallingAnotherApiIsTheHint() throws Exception {
        lab.page("https://0ld4p1.execute-api.us-west-2.amazonaws.com/");
        try {
            assertGrades(grade(cloud), "page", Status.FAILED, "the page in the bucket calls"
                    + " https://0ld4p1.execute-api.us-west-2.amazonaws.com/, not the invoke URL of customer-app, "
                    + lab.endpoint() + "/");
        } finally {
            lab.page(lab.endpoint() + "/");
        }
    }

    @Test
    void anInvokeUrlPastedWithoutItsSlashIsAccepted() throws Exception {
        lab.page(lab.endpoint());
        try {
            assertGrades(grade(cloud));
        } finally {
            lab.page(lab.endpoint() + "/");
        }
    }

    @Test
    void aPageWithoutTheEndpointFieldIsTheHint() throws Exception {
        cloud.s3().putObject(b -> b.bucket(BUCKET).key("index.html").contentType("text/html"),
                RequestBody.fromString("<html><body>Hello</body></html>"));
        try {
            assertGrades(grade(cloud), "page", Status.FAILED, "the page in the bucket has no API Endpoint field");
        } finally {
            lab.page(lab.endpoint() + "/");
        }
    }

    @Test
    void aMissingPageIsTheHint() throws Exception {
        cloud.s3().deleteObject(b -> b.bucket(BUCKET).key("index.html"));
        try {
            assertGrades(grade(cloud), "page", Status.FAILED, "the bucket " + BUCKET + " has no index.html; set the"
                    + " page's API Endpoint to " + lab.endpoint() + "/ and upload it again");
        } finally {
            lab.page(lab.endpoint() + "/");
        }
    }
}
