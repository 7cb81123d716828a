package labrepl.cloud.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import labrepl.cloud.apigateway.execute.InvokeAddress;
import labrepl.cloud.apigateway.execute.LambdaIntegration;
import labrepl.cloud.lambda.LambdaInvoker;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calls of HTTP APIs on their invoke URLs: stages, routes, the events sent and the answers mapped. */
class ExecuteApiTest {

    @RegisterExtension
    static final ApiGatewayCloud CLOUD = new ApiGatewayCloud();

    @BeforeEach
    void forgetCalls() {
        CLOUD.lambda().clear();
    }

    private static JsonObject lastEvent() {
        return CLOUD.lambda().lastCall().event();
    }

    @Test
    void aPlainObjectAnswerIsA200JsonBodyWithPayloadFormat2() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("ListCustomers"),
                "{\"result\": [[\"ABC123\", \"Manu\", \"Kwesi\"]]}");
        LabApi api = LabApi.create(CLOUD.client(), "plain").route("GET /ListCustomers", "ListCustomers");
        PlainHttp.Response response = CLOUD.get(api.id(), "/ListCustomers");
        assertEquals(200, response.status());
        assertEquals("application/json", response.header("Content-Type"));
        assertEquals("{\"result\": [[\"ABC123\", \"Manu\", \"Kwesi\"]]}", response.text());
        assertTrue(response.header("apigw-requestid").matches("[A-Za-z0-9+/]{15}="), response.header("apigw-requestid"));
    }

    @Test
    void theVersion2EventHasWhatAwsDocuments() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("SaveCustomer"), "{\"result\": \"Saved\"}");
        LabApi api = LabApi.create(CLOUD.client(), "v2").route("POST /SaveCustomer", "SaveCustomer");
        PlainHttp.Response response = CLOUD.call(api.id(), "POST",
                "/SaveCustomer?id=ABE125&firstname=Pat&lastname=Candella&tag=a&tag=b%20c",
                Map.of("Cookie", "theme=dark; lang=en", "User-Agent", "lab-test", "X-Multi", "one"), new byte[0]);
        assertEquals(200, response.status());
        JsonObject event = lastEvent();
        assertEquals("2.0", event.get("version").getAsString());
        assertEquals("POST /SaveCustomer", event.get("routeKey").getAsString());
        assertEquals("/SaveCustomer", event.get("rawPath").getAsString());
        assertEquals("id=ABE125&firstname=Pat&lastname=Candella&tag=a&tag=b%20c", event.get("rawQueryString").getAsString());
        assertEquals("[\"theme=dark\",\"lang=en\"]", event.get("cookies").toString());
        JsonObject headers = event.getAsJsonObject("headers");
        assertFalse(headers.has("cookie"), "cookies are taken out of the headers");
        assertEquals("lab-test", headers.get("user-agent").getAsString());
        assertEquals("one", headers.get("x-multi").getAsString());
        assertEquals(api.id() + ".execute-api.localhost:" + CLOUD.port(), headers.get("host").getAsString());
        assertEquals("http", headers.get("x-forwarded-proto").getAsString());
        assertTrue(headers.get("x-amzn-trace-id").getAsString().matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24}"));
        JsonObject query = event.getAsJsonObject("queryStringParameters");
        assertEquals("Pat", query.get("firstname").getAsString());
        assertEquals("a,b c", query.get("tag").getAsString(), "repeated parameters are joined, values decoded");
        assertFalse(event.has("pathParameters"));
        assertFalse(event.has("stageVariables"));
        assertFalse(event.has("body"), "no body, no member");
        assertFalse(event.get("isBase64Encoded").getAsBoolean());
        JsonObject context = event.getAsJsonObject("requestContext");
        assertEquals("000000000000", context.get("accountId").getAsString());
        assertEquals(api.id(), context.get("apiId").getAsString());
        assertEquals(api.id() + ".execute-api.localhost", context.get("domainName").getAsString());
        assertEquals(api.id(), context.get("domainPrefix").getAsString());
        JsonObject http = context.getAsJsonObject("http");
        assertEquals("POST", http.get("method").getAsString());
        assertEquals("/SaveCustomer", http.get("path").getAsString());
        assertEquals("HTTP/1.1", http.get("protocol").getAsString());
        assertEquals("127.0.0.1", http.get("sourceIp").getAsString());
        assertEquals("lab-test", http.get("userAgent").getAsString());
        assertEquals(response.header("apigw-requestid"), context.get("requestId").getAsString());
        assertEquals("POST /SaveCustomer", context.get("routeKey").getAsString());
        assertEquals("$default", context.get("stage").getAsString());
        assertTrue(context.get("time").getAsString().matches("\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000"));
        assertTrue(context.get("timeEpoch").getAsLong() > 1_600_000_000_000L);
    }

    @Test
    void bodiesArePassedAsTextOrBase64ByContentType() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("Echo"), "{}");
        LabApi api = LabApi.create(CLOUD.client(), "bodies").route("POST /echo", "Echo");
        CLOUD.call(api.id(), "POST", "/echo", Map.of("Content-Type", "application/json"),
                "{\"id\":\"ABC123\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"id\":\"ABC123\"}", lastEvent().get("body").getAsString());
        assertFalse(lastEvent().get("isBase64Encoded").getAsBoolean());
        CLOUD.call(api.id(), "POST", "/echo", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "id=ABC123".getBytes(StandardCharsets.UTF_8));
        assertEquals("aWQ9QUJDMTIz", lastEvent().get("body").getAsString());
        assertTrue(lastEvent().get("isBase64Encoded").getAsBoolean());
    }

    @Test
    void routesChooseTheMostSpecificPathThenTheMethodThenDefault() throws Exception {
        for (String name : new String[] {"Exact", "Param", "Greedy", "AnyGreedy", "Default"}) {
            CLOUD.lambda().answers(LabApi.functionArn(name), "\"" + name + "\"");
        }
        LabApi api = LabApi.create(CLOUD.client(), "routing").route("GET /pets/dog/1", "Exact")
                .route("GET /pets/dog/{id}", "Param").route("GET /pets/{proxy+}", "Greedy")
                .route("ANY /{proxy+}", "AnyGreedy").route("$default", "Default");
        assertEquals("Exact", CLOUD.get(api.id(), "/pets/dog/1").text());
        assertEquals("Param", CLOUD.get(api.id(), "/pets/dog/2").text());
        assertEquals("{\"id\":\"2\"}", lastEvent().get("pathParameters").toString());
        assertEquals("GET /pets/dog/{id}", lastEvent().get("routeKey").getAsString());
        assertEquals("Greedy", CLOUD.get(api.id(), "/pets/cat/1").text());
        assertEquals("{\"proxy\":\"cat/1\"}", lastEvent().get("pathParameters").toString());
        assertEquals("AnyGreedy", CLOUD.call(api.id(), "POST", "/pets/cat/1", Map.of(), new byte[0]).text());
        assertEquals("Default", CLOUD.get(api.id(), "/").text());
        assertEquals("$default", lastEvent().get("routeKey").getAsString());
    }

    @Test
    void aPathNoRouteMatchesIsNotFound() throws Exception {
        LabApi api = LabApi.create(CLOUD.client(), "notfound").route("GET /ListCustomers", "ListCustomers");
        for (String path : new String[] {"/listcustomers", "/ListCustomers/", "/Other"}) {
            PlainHttp.Response response = CLOUD.get(api.id(), path);
            assertEquals(404, response.status(), path);
            assertEquals("{\"message\":\"Not Found\"}", response.text());
            assertEquals("application/json", response.header("Content-Type"));
        }
        assertEquals(404, CLOUD.call(api.id(), "POST", "/ListCustomers", Map.of(), new byte[0]).status());
        assertEquals(404, CLOUD.get("nosuchapi0", "/ListCustomers").status());
        assertTrue(CLOUD.lambda().calls().isEmpty());
    }

    @Test
    void aNamedStageIsTheFirstPathSegmentAndServesItsDeployment() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("Staged"), "{\"ok\":true}");
        String apiId = CLOUD.client().createApi(b -> b.name("staged").protocolType("HTTP")).apiId();
        String integration = CLOUD.client().createIntegration(b -> b.apiId(apiId).integrationType("AWS_PROXY")
                .integrationUri(LabApi.functionArn("Staged")).payloadFormatVersion("2.0")).integrationId();
        CLOUD.client().createRoute(b -> b.apiId(apiId).routeKey("GET /items/{id}").target("integrations/" + integration));
        CLOUD.client().createStage(b -> b.apiId(apiId).stageName("dev").stageVariables(Map.of("table", "LabCustomers")));
        assertEquals(404, CLOUD.get(apiId, "/dev/items/7").status(), "a stage with no deployment serves nothing");
        CLOUD.client().createDeployment(b -> b.apiId(apiId).stageName("dev"));
        assertEquals(200, CLOUD.get(apiId, "/dev/items/7").status());
        JsonObject event = lastEvent();
        assertEquals("/dev/items/7", event.get("rawPath").getAsString(), "the stage stays in rawPath, as on AWS");
        assertEquals("dev", event.getAsJsonObject("requestContext").get("stage").getAsString());
        assertEquals("{\"table\":\"LabCustomers\"}", event.get("stageVariables").toString());
        assertEquals(404, CLOUD.get(apiId, "/items/7").status(), "no $default stage");
        CLOUD.client().createRoute(b -> b.apiId(apiId).routeKey("GET /later").target("integrations/" + integration));
        assertEquals(404, CLOUD.get(apiId, "/dev/later").status(), "not deployed yet");
    }

    @Test
    void thePathStyleAddressReachesTheSameApi() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("ListCustomers"), "{\"result\":[]}");
        LabApi api = LabApi.create(CLOUD.client(), "pathstyle").route("GET /ListCustomers", "ListCustomers");
        URI pathStyle = InvokeAddress.pathStyle(api.id(), CLOUD.port());
        assertEquals("http://127.0.0.1:" + CLOUD.port() + "/_aws/execute-api/" + api.id() + "/", pathStyle.toString());
        PlainHttp.Response response = PlainHttp.get(CLOUD.port(), pathStyle.getAuthority(),
                pathStyle.getRawPath() + "ListCustomers");
        assertEquals(200, response.status());
        assertEquals("{\"result\":[]}", response.text());
        assertEquals("/ListCustomers", lastEvent().get("rawPath").getAsString());
    }

    @Test
    void theLambdaIsCalledAsApiGatewayWithTheRoutesSourceArn() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("ListCustomers"), "{}");
        LabApi api = LabApi.create(CLOUD.client(), "caller").route("GET /ListCustomers", "ListCustomers");
        CLOUD.get(api.id(), "/ListCustomers");
        LambdaInvoker.Caller caller = CLOUD.lambda().lastCall().caller();
        assertEquals("apigateway.amazonaws.com", caller.principal());
        assertEquals("arn:aws:execute-api:us-west-2:000000000000:" + api.id() + "/$default/GET/ListCustomers",
                caller.sourceArn());
    }

    @Test
    void aDeniedInvokeAMissingFunctionOrAFailureIsInternalServerError() throws Exception {
        CLOUD.lambda().behaves(LabApi.functionArn("Denied"), (event, caller) -> {
            throw new LambdaInvoker.InvokeDeniedException("no statement allows apigateway.amazonaws.com");
        });
        CLOUD.lambda().behaves(LabApi.functionArn("Crashes"), (event, caller) -> new LambdaInvoker.Invocation(
                "{\"errorMessage\":\"boom\",\"errorType\":\"Exception\"}".getBytes(StandardCharsets.UTF_8), "Unhandled"));
        CLOUD.lambda().answers(LabApi.functionArn("NotJson"), "this is not JSON");
        LabApi api = LabApi.create(CLOUD.client(), "failing").route("GET /denied", "Denied")
                .route("GET /missing", "NoSuchFunction").route("GET /crashes", "Crashes").route("GET /notjson", "NotJson");
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(LambdaIntegration.class.getName());
        log.addHandler(capture);
        try {
            for (String path : new String[] {"/denied", "/missing", "/crashes", "/notjson"}) {
                PlainHttp.Response response = CLOUD.get(api.id(), path);
                assertEquals(500, response.status(), path);
                assertEquals("{\"message\":\"Internal Server Error\"}", response.text(), path);
            }
        } finally {
            log.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("no statement allows apigateway.amazonaws.com")
                && line.contains("aws lambda add-permission --function-name Denied ")
                && line.contains("--principal apigateway.amazonaws.com")
                && line.contains("--source-arn 'arn:aws:execute-api:us-west-2:000000000000:" + api.id()
                        + "/*/*/denied'")), logged.toString());
        assertTrue(logged.stream().anyMatch(line -> line.contains("boom")), "the function's error is logged");
    }

    @Test
    void aStructuredAnswerSetsStatusHeadersCookiesAndBody() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("Teapot"), "{\"statusCode\": 418, \"headers\": {\"X-Kind\": \"teapot\"},"
                + " \"cookies\": [\"a=1\", \"b=2\"], \"body\": \"short and stout\"}");
        CLOUD.lambda().answers(LabApi.functionArn("Binary"),
                "{\"statusCode\": 200, \"headers\": {\"Content-Type\": \"image/png\"}, \"body\": \"iVBORw==\","
                        + " \"isBase64Encoded\": true}");
        LabApi api = LabApi.create(CLOUD.client(), "structured").route("GET /teapot", "Teapot").route("GET /png", "Binary");
        PlainHttp.Response teapot = CLOUD.get(api.id(), "/teapot");
        assertEquals(418, teapot.status());
        assertEquals("teapot", teapot.header("X-Kind"));
        assertEquals("text/plain; charset=utf-8", teapot.header("Content-Type"));
        assertEquals("short and stout", teapot.text());
        assertTrue(teapot.header("Set-Cookie").startsWith("a=1"));
        PlainHttp.Response png = CLOUD.get(api.id(), "/png");
        assertEquals("image/png", png.header("Content-Type"));
        assertEquals(4, png.body().length);
        assertEquals((byte) 0x89, png.body()[0]);
    }

    @Test
    void payloadFormat1SendsTheRestShapedEventAndNeedsAStatusCode() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("V1Plain"), "{\"result\":\"Saved\"}");
        CLOUD.lambda().answers(LabApi.functionArn("V1Proper"), "{\"statusCode\": 201, \"headers\": {\"a\": \"1\"},"
                + " \"multiValueHeaders\": {\"b\": [\"2\", \"3\"]}, \"body\": \"{}\"}");
        LabApi api = LabApi.create(CLOUD.client(), "v1").route("GET /plain", "V1Plain", "1.0")
                .route("GET /proper/{id}", "V1Proper", "1.0");
        PlainHttp.Response plain = CLOUD.get(api.id(), "/plain?x=1&x=2");
        assertEquals(500, plain.status(), "a plain object is not a 1.0 answer");
        JsonObject event = lastEvent();
        assertEquals("1.0", event.get("version").getAsString());
        assertEquals("/plain", event.get("resource").getAsString());
        assertEquals("/plain", event.get("path").getAsString());
        assertEquals("GET", event.get("httpMethod").getAsString());
        assertEquals("2", event.getAsJsonObject("queryStringParameters").get("x").getAsString());
        assertEquals("[\"1\",\"2\"]", event.getAsJsonObject("multiValueQueryStringParameters").get("x").toString());
        assertTrue(event.get("pathParameters").isJsonNull());
        assertTrue(event.get("body").isJsonNull());
        assertTrue(event.getAsJsonObject("requestContext").getAsJsonObject("identity").get("accessKey").isJsonNull());
        assertEquals("127.0.0.1", event.getAsJsonObject("requestContext").getAsJsonObject("identity")
                .get("sourceIp").getAsString());
        PlainHttp.Response proper = CLOUD.get(api.id(), "/proper/7");
        assertEquals(201, proper.status());
        assertEquals("1", proper.header("a"));
        assertEquals("application/json", proper.header("Content-Type"));
        assertEquals("{\"id\":\"7\"}", lastEvent().get("pathParameters").toString());
        assertEquals("/proper/{id}", lastEvent().get("resource").getAsString());
    }

    @Test
    void aFunctionSlowerThanTheIntegrationTimeoutIsServiceUnavailable() throws Exception {
        CLOUD.lambda().behaves(LabApi.functionArn("Slow"), (event, caller) -> {
            Thread.sleep(5_000);
            return new LambdaInvoker.Invocation("{}".getBytes(StandardCharsets.UTF_8), null);
        });
        LabApi api = LabApi.create(CLOUD.client(), "slow").route("GET /slow", "Slow");
        String integration = CLOUD.client().getIntegrations(b -> b.apiId(api.id())).items().get(0).integrationId();
        CLOUD.client().updateIntegration(b -> b.apiId(api.id()).integrationId(integration).timeoutInMillis(100));
        PlainHttp.Response response = CLOUD.get(api.id(), "/slow");
        assertEquals(503, response.status());
        assertEquals("{\"message\":\"Service Unavailable\"}", response.text());
    }

    @Test
    void aBodyAboveTenMegabytesIsTooLarge() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("Big"), "{}");
        LabApi api = LabApi.create(CLOUD.client(), "big").route("POST /big", "Big");
        PlainHttp.Response response = CLOUD.call(api.id(), "POST", "/big", Map.of("Content-Type", "text/plain"),
                new byte[10 * 1024 * 1024 + 1]);
        assertEquals(413, response.status());
        assertEquals("{\"message\":\"Request Entity Too Large\"}", response.text());
        assertEquals(200, CLOUD.call(api.id(), "POST", "/big", Map.of("Content-Type", "text/plain"),
                new byte[10 * 1024 * 1024]).status());
    }

    @Test
    void disablingTheExecuteApiEndpointForbidsCalls() throws Exception {
        LabApi api = LabApi.create(CLOUD.client(), "disabled").route("GET /x", "X");
        CLOUD.client().updateApi(b -> b.apiId(api.id()).disableExecuteApiEndpoint(true));
        PlainHttp.Response response = CLOUD.get(api.id(), "/x");
        assertEquals(403, response.status());
        assertEquals("{\"message\":\"Forbidden\"}", response.text());
        assertNull(response.header("Access-Control-Allow-Origin"));
    }
}
