package labrepl.cloud.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An API's CORS configuration, as a browser on the S3 website meets it. */
class CorsTest {

    private static final String PAGE = "http://site.s3-website-us-west-2.localhost:4566";

    @RegisterExtension
    static final ApiGatewayCloud CLOUD = new ApiGatewayCloud();

    private static PlainHttp.Response preflight(String apiId, String origin, String method) throws Exception {
        return CLOUD.call(apiId, "OPTIONS", "/SaveCustomer", Map.of("Origin", origin,
                "Access-Control-Request-Method", method, "Access-Control-Request-Headers", "content-type"), new byte[0]);
    }

    @Test
    void thePreflightIsAnsweredByTheApiWithoutAnOptionsRoute() throws Exception {
        LabApi api = LabApi.create(CLOUD.client(), "preflight").route("POST /SaveCustomer", "SaveCustomer").labCors();
        CLOUD.lambda().clear();
        PlainHttp.Response response = preflight(api.id(), PAGE, "POST");
        assertEquals(204, response.status());
        assertEquals("*", response.header("Access-Control-Allow-Origin"));
        assertEquals("GET,POST", response.header("Access-Control-Allow-Methods"));
        assertEquals("*", response.header("Access-Control-Allow-Headers"));
        assertTrue(CLOUD.lambda().calls().isEmpty(), "no function runs for a preflight");
    }

    @Test
    void everyAnswerToAnAllowedOriginCarriesTheCorsHeadersAndTheFunctionsOwnAreIgnored() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("WithOwnCors"), "{\"statusCode\":200,\"headers\":"
                + "{\"Access-Control-Allow-Origin\":\"http://evil.example\"},\"body\":\"{}\"}");
        LabApi api = LabApi.create(CLOUD.client(), "decorate").route("GET /ListCustomers", "WithOwnCors").labCors();
        PlainHttp.Response ok = CLOUD.call(api.id(), "GET", "/ListCustomers", Map.of("Origin", PAGE), null);
        assertEquals(200, ok.status());
        assertEquals("*", ok.header("Access-Control-Allow-Origin"));
        PlainHttp.Response missing = CLOUD.call(api.id(), "GET", "/Nothing", Map.of("Origin", PAGE), null);
        assertEquals(404, missing.status());
        assertEquals("*", missing.header("Access-Control-Allow-Origin"), "error answers carry them too");
    }

    @Test
    void listedOriginsAreEchoedWithCredentialsExposedHeadersAndMaxAge() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("Listed"), "{}");
        LabApi api = LabApi.create(CLOUD.client(), "listed").route("POST /SaveCustomer", "Listed");
        CLOUD.client().updateApi(b -> b.apiId(api.id()).corsConfiguration(c -> c.allowOrigins(PAGE)
                .allowMethods("POST").allowHeaders("content-type").exposeHeaders("x-request-id").maxAge(300)
                .allowCredentials(true)));
        PlainHttp.Response allowed = preflight(api.id(), PAGE, "POST");
        assertEquals(PAGE, allowed.header("Access-Control-Allow-Origin"));
        assertEquals("300", allowed.header("Access-Control-Max-Age"));
        assertEquals("true", allowed.header("Access-Control-Allow-Credentials"));
        PlainHttp.Response call = CLOUD.call(api.id(), "POST", "/SaveCustomer", Map.of("Origin", PAGE), new byte[0]);
        assertEquals(PAGE, call.header("Access-Control-Allow-Origin"));
        assertEquals("x-request-id", call.header("Access-Control-Expose-Headers"));
    }

    @Test
    void anOriginThatIsNotAllowedGetsNoCorsHeaders() throws Exception {
        CLOUD.lambda().answers(LabApi.functionArn("Strict"), "{}");
        LabApi api = LabApi.create(CLOUD.client(), "strict").route("POST /SaveCustomer", "Strict");
        CLOUD.client().updateApi(b -> b.apiId(api.id()).corsConfiguration(c -> c.allowOrigins("https://example.com")));
        PlainHttp.Response refused = preflight(api.id(), PAGE, "POST");
        assertEquals(204, refused.status());
        assertNull(refused.header("Access-Control-Allow-Origin"));
        PlainHttp.Response call = CLOUD.call(api.id(), "POST", "/SaveCustomer", Map.of("Origin", PAGE), new byte[0]);
        assertEquals(200, call.status(), "the call itself is answered; the browser withholds it from the page");
        assertNull(call.header("Access-Control-Allow-Origin"));
    }

    @Test
    void withoutCorsAnOptionsRequestIsJustAnotherCall() throws Exception {
        LabApi api = LabApi.create(CLOUD.client(), "nocors").route("POST /SaveCustomer", "SaveCustomer");
        PlainHttp.Response response = preflight(api.id(), PAGE, "POST");
        assertEquals(404, response.status(), "no OPTIONS route and no $default route");
        assertNull(response.header("Access-Control-Allow-Origin"));
    }
}
