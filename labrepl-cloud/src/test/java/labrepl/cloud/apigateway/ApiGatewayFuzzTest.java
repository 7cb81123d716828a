package labrepl.cloud.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.WireFuzz;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.CreateApiResponse;

/**
 * Random API Gateway calls, well-formed and not, straight onto the wire: the control plane answers
 * a success or its own 4xx error, and an API's invoke URL answers whatever it answers with the
 * gateway's own JSON, a 500 only as {@code {"message":"Internal Server Error"}} (its function does
 * not exist, as AWS answers), never from a bug.
 */
@WithLocalCloud
class ApiGatewayFuzzTest {

    private static final int REQUESTS = 800;
    private static final String FUNCTION = "arn:aws:lambda:us-west-2:000000000000:function:Missing";

    @Test
    void randomControlPlaneCallsGetAnAnswerOrApiGatewaysOwnError(TestCloud cloud) throws Exception {
        CreateApiResponse api = quickCreate(cloud);
        WireFuzz fuzz = new WireFuzz(19, cloud.cloud().port());
        List<String> apiIds = List.of(api.apiId(), api.apiId(), "nope", "");
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String target = "/v2/" + fuzz.pick(List.of("apis", "apis/" + fuzz.pick(apiIds),
                    "apis/" + fuzz.pick(apiIds) + "/" + fuzz.pick(List.of("routes", "integrations", "stages", "deployments",
                            "cors", "models")) + fuzz.pick(List.of("", "/nope", "/$default", "/dev", "/a/b")),
                    "tags/" + fuzz.pick(List.of("arn%3Aaws%3Aapigateway%3Aus-west-2%3A%3A%2Fapis%2F" + api.apiId(), "x")),
                    "domainnames"));
            if (fuzz.oneIn(4)) {
                target += fuzz.pick(List.of("?maxResults=1", "?maxResults=abc", "?nextToken=-1", "?nextToken=x",
                        "?tagKeys=a&tagKeys=b", "?maxResults=0&nextToken=1"));
            }
            String method = fuzz.pick(List.of("GET", "POST", "PATCH", "DELETE", "PUT"));
            PlainHttp.Response response = fuzz.send(method, target, Map.of("Authorization",
                    WireFuzz.authorization("apigateway"), "Content-Type", "application/json"), fuzz.text(body(fuzz)));
            if (response.status() >= 400) {
                refused++;
                assertNotNull(response.header("x-amzn-ErrorType"), () -> "no error type: " + response.text());
            }
        }
        assertTrue(refused > REQUESTS / 10 && refused < REQUESTS, refused + " of " + REQUESTS + " refused");
    }

    @Test
    void randomCallsOfAnApiGetTheGatewaysOwnAnswers(TestCloud cloud) throws Exception {
        CreateApiResponse api = quickCreate(cloud);
        WireFuzz fuzz = new WireFuzz(23, cloud.cloud().port());
        String host = api.apiId() + ".execute-api.localhost:" + cloud.cloud().port();
        for (int i = 0; i < REQUESTS / 4; i++) {
            String path = fuzz.pick(List.of("/", "/ListCustomers", "/dev/x", "/dev", "/%C3%BC/%2F", "/a//b"))
                    + fuzz.pick(List.of("", "?a=1&a=2", "?%20=+", "?=&&"));
            boolean pathStyle = fuzz.oneIn(4);
            if (pathStyle) {
                path = "/_aws/execute-api/" + fuzz.pick(List.of(api.apiId(), "nope")) + path;
            }
            Map<String, String> headers = new HashMap<>();
            if (fuzz.oneIn(2)) {
                headers.put("Origin", fuzz.pick(List.of("http://example.com", "null", "")));
                headers.put("Access-Control-Request-Method", fuzz.pick(List.of("GET", "BREW")));
            }
            headers.put("Content-Type", fuzz.pick(List.of("application/json", "image/png", "text/plain; charset=x")));
            String method = fuzz.pick(List.of("GET", "POST", "OPTIONS", "DELETE", "PATCH"));
            String body = method.equals("GET") ? null : fuzz.pick(WireFuzz.GARBAGE);
            PlainHttp.Response response = PlainHttp.send(cloud.cloud().port(), method,
                    pathStyle ? "127.0.0.1" : host, path, headers, body == null ? null : body.getBytes());
            if (response.status() >= 500) {
                assertEquals("{\"message\":\"Internal Server Error\"}", response.text(), method + " " + path);
            }
        }
    }

    private static CreateApiResponse quickCreate(TestCloud cloud) {
        try (ApiGatewayV2Client client = ApiGatewayV2Client.builder().endpointOverride(cloud.endpoint())
                .region(Region.of(cloud.region())).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("fuzz", "fuzz"))).build()) {
            CreateApiResponse api = client.createApi(b -> b.name("fuzzed").protocolType("HTTP").target(FUNCTION)
                    .corsConfiguration(c -> c.allowOrigins("http://example.com").allowMethods("GET")));
            client.createStage(b -> b.apiId(api.apiId()).stageName("dev").autoDeploy(true));
            return api;
        }
    }

    private static JsonObject body(WireFuzz fuzz) {
        JsonArray origins = new JsonArray();
        origins.add(fuzz.pick(List.of("*", "http://example.com")));
        Map<String, List<?>> members = new HashMap<>();
        members.put("name", List.of("api", "", "x".repeat(200)));
        members.put("protocolType", List.of("HTTP", "WEBSOCKET", "SOAP"));
        members.put("target", List.of(FUNCTION, "arn:bad"));
        members.put("routeKey", List.of("GET /x", "$default", "BREW /x", "GET x/"));
        members.put("corsConfiguration", List.of(fuzz.object(Map.of("allowOrigins", List.of(origins),
                "allowCredentials", List.of(true), "maxAge", List.of(-1, 90000, 10), "allowMethods", List.of(origins)))));
        members.put("integrationType", List.of("AWS_PROXY", "HTTP_PROXY", "MOCK"));
        members.put("integrationUri", List.of(FUNCTION, "http://example.com"));
        members.put("payloadFormatVersion", List.of("2.0", "1.0", "3.0"));
        members.put("timeoutInMillis", List.of(30000, 10, 2.5));
        members.put("stageName", List.of("dev", "$default", "bad name"));
        members.put("autoDeploy", List.of(true, false));
        members.put("deploymentId", List.of("nope", ""));
        members.put("stageVariables", List.of(fuzz.object(Map.of("v", List.of("1")))));
        members.put("tags", List.of(fuzz.object(Map.of("k", List.of("v")))));
        members.put("description", List.of("d"));
        return fuzz.object(members);
    }
}
