package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.WireFuzz;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.lambda.handlers.Behaviours;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * Random Lambda API calls, well-formed and not, straight onto the wire: every answer is a success
 * or Lambda's own 4xx error with its {@code x-amzn-ErrorType}, never a 500. Invocations name only
 * functions that do not exist, so no runtime is started.
 */
@WithLocalCloud
class LambdaFuzzTest {

    private static final int REQUESTS = 800;
    private static final List<String> NAMES = List.of("Fuzzed", "Made", "arn:aws:lambda:us-west-2:000000000000:function:Fuzzed",
            "Fuzzed:$LATEST", "Fuzzed:7", "bad%20name", "x".repeat(150), "a:b:c:d:e:f:g:h");
    private static final List<String> MISSING = List.of("Missing", "arn:aws:lambda:us-west-2:000000000000:function:Missing",
            "Missing:$LATEST", "bad%20name", "%C3%BC");
    private static final List<String> RESOURCES = List.of("", "/configuration", "/code", "/policy", "/policy/sid-1",
            "/concurrency", "/code.zip", "/unknown", "/");

    @Test
    void randomCallsGetAnAnswerOrLambdasOwnError(TestCloud cloud) throws Exception {
        SdkBytes classes = FunctionZips.ofClasses(Behaviours.class);
        String zip = Base64.getEncoder().encodeToString(classes.asByteArray());
        cloud.lambda().createFunction(b -> b.functionName("Fuzzed").runtime(Runtime.JAVA17).role(JavaFunctionTest.ROLE)
                .handler(Behaviours.class.getName() + "::echo").code(c -> c.zipFile(classes)));
        WireFuzz fuzz = new WireFuzz(11, cloud.cloud().port());
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String method = fuzz.pick(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
            boolean invoke = fuzz.oneIn(4);
            String version = fuzz.pick(List.of("2015-03-31", "2015-03-31", "2017-10-31", "2019-09-30"));
            String target = invoke ? "/2015-03-31/functions/" + fuzz.pick(MISSING) + "/invocations"
                    : fuzz.oneIn(5) ? "/2015-03-31/functions" + fuzz.pick(List.of("", "/"))
                    : "/" + version + "/functions/" + fuzz.pick(NAMES) + fuzz.pick(RESOURCES);
            if (fuzz.oneIn(4)) {
                target += fuzz.pick(List.of("?Qualifier=7", "?MaxItems=abc", "?MaxItems=-1", "?MaxItems=3&Marker=Fuzzed",
                        "?Qualifier=", "?labrepl-code=x", "?Marker=%E2%82"));
            }
            Map<String, String> headers = new HashMap<>();
            headers.put("Authorization", WireFuzz.authorization("lambda"));
            if (invoke || fuzz.oneIn(10)) {
                headers.put("X-Amz-Invocation-Type", fuzz.pick(List.of("RequestResponse", "Event", "DryRun", "Sync", "")));
                headers.put("X-Amz-Log-Type", fuzz.pick(List.of("None", "Tail", "All")));
            }
            PlainHttp.Response response = fuzz.send(method, target, headers, fuzz.text(body(fuzz, zip)));
            if (response.status() >= 400) {
                refused++;
                assertNotNull(response.header("x-amzn-ErrorType"), () -> "no error type: " + response.text());
            }
        }
        assertTrue(refused > REQUESTS / 10 && refused < REQUESTS, refused + " of " + REQUESTS + " refused");
    }

    @Test
    void aMemberOfTheWrongJsonTypeIsInvalidRequestContent(TestCloud cloud) throws Exception {
        WireFuzz fuzz = new WireFuzz(0, cloud.cloud().port());
        Map<String, String> headers = Map.of("Authorization", WireFuzz.authorization("lambda"));
        PlainHttp.Response response = fuzz.send("POST", "/2015-03-31/functions", headers,
                "{\"FunctionName\": \"Typed\", \"Role\": \"" + JavaFunctionTest.ROLE + "\", \"Runtime\": \"java17\","
                        + " \"Handler\": \"a.B::handle\", \"Timeout\": {\"seconds\": 3}}");
        assertEquals(400, response.status());
        assertEquals("InvalidRequestContentException", response.header("x-amzn-ErrorType"));
        assertEquals("Could not parse request body into json: Timeout must be an integer",
                JsonParser.parseString(response.text()).getAsJsonObject().get("message").getAsString());
        assertEquals("InvalidRequestContentException", fuzz.send("PUT", "/2017-10-31/functions/Typed/concurrency",
                headers, "{\"ReservedConcurrentExecutions\": \"many\"}").header("x-amzn-ErrorType"));
    }

    private static JsonObject body(WireFuzz fuzz, String zip) {
        JsonObject code = fuzz.object(Map.of("ZipFile", List.of(zip, "not base64", ""), "S3Bucket", List.of("b")));
        Map<String, List<?>> members = new HashMap<>();
        members.put("FunctionName", List.of("Made", "Fuzzed", "bad name"));
        members.put("Runtime", List.of("java17", "python3.12", "go1.x", "cobol"));
        members.put("Role", List.of(JavaFunctionTest.ROLE, "arn:aws:iam::000000000000:role/Nobody", "role"));
        members.put("Handler", List.of(Behaviours.class.getName() + "::echo", "a b", "x".repeat(200)));
        members.put("Code", List.of(code));
        members.put("ZipFile", List.of(zip, "!!"));
        members.put("Timeout", List.of(3, 0, 901, "5"));
        members.put("MemorySize", List.of(128, 64, 20000));
        members.put("Description", List.of("d", "x".repeat(300)));
        members.put("Environment", List.of(fuzz.object(Map.of("Variables", List.of(fuzz.object(Map.of("KEY", List.of("v"),
                "AWS_REGION", List.of("x"), "1bad", List.of("v"))))))));
        JsonArray architectures = new JsonArray();
        architectures.add(fuzz.pick(List.of("x86_64", "arm64", "sparc")));
        members.put("Architectures", List.of(architectures, "arm64"));
        members.put("Publish", List.of(false, true));
        members.put("DryRun", List.of(false, true));
        members.put("PackageType", List.of("Zip", "Image"));
        members.put("ReservedConcurrentExecutions", List.of(1, -1, 0));
        members.put("StatementId", List.of("sid-1", "bad sid"));
        members.put("Action", List.of("lambda:InvokeFunction", "s3:*"));
        members.put("Principal", List.of("apigateway.amazonaws.com", "*", "123456789012"));
        members.put("SourceArn", List.of("arn:aws:execute-api:us-west-2:000000000000:a1/*"));
        return fuzz.object(members);
    }
}
