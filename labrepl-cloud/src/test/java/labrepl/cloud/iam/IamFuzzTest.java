package labrepl.cloud.iam;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import labrepl.cloud.WireFuzz;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.Test;

/**
 * Random IAM Query calls, well-formed and not, straight onto the wire: every answer is a success
 * or IAM's XML error document with a 4xx status, never a 500.
 */
@WithLocalCloud
class IamFuzzTest {

    private static final int REQUESTS = 600;
    private static final List<String> ACTIONS = List.of("CreateRole", "GetRole", "ListRoles", "DeleteRole",
            "AttachRolePolicy", "DetachRolePolicy", "ListAttachedRolePolicies", "PutRolePolicy", "");
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "RoleName", List.of("Fuzzed", "ListCustomers", "", "a/b", "x".repeat(80), "ü"),
            "Path", List.of("/", "/service-role/", "nope", "", "//"),
            "AssumeRolePolicyDocument", List.of("{}", "not json", ""),
            "MaxSessionDuration", List.of("3600", "abc", "-1", "99999999999", "", "43201"),
            "PolicyArn", List.of("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess", "arn:bad", ""),
            "PathPrefix", List.of("/", "", "/x"),
            "Description", List.of("d", "%ZZ"));

    @Test
    void randomCallsGetAnAnswerOrIamsOwnError(TestCloud cloud) throws Exception {
        WireFuzz fuzz = new WireFuzz(13, cloud.cloud().port());
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            boolean inQuery = fuzz.oneIn(5);
            List<String> pairs = new ArrayList<>();
            pairs.add("Action=" + fuzz.pick(ACTIONS));
            pairs.add("Version=2010-05-08");
            PARAMETERS.forEach((name, values) -> {
                if (fuzz.oneIn(2)) {
                    pairs.add(name + "=" + URLEncoder.encode(fuzz.pick(values), StandardCharsets.UTF_8));
                }
            });
            if (!inQuery && fuzz.oneIn(10)) {
                // Escapes no URI may carry, so only in a body.
                pairs.add(fuzz.pick(List.of("%", "%zz", "=", "&&", "RoleName", "RoleName=%E0%A4")));
            }
            String form = String.join("&", pairs);
            PlainHttp.Response response = fuzz.send(inQuery ? "GET" : "POST", inQuery ? "/?" + form : "/",
                    Map.of("Authorization", WireFuzz.authorization("iam"),
                            "Content-Type", "application/x-www-form-urlencoded; charset=utf-8"), inQuery ? null : form);
            if (response.status() >= 400) {
                refused++;
                assertTrue(response.text().contains("<ErrorResponse"), () -> form + " answered " + response.text());
            }
        }
        assertTrue(refused > REQUESTS / 10 && refused < REQUESTS, refused + " of " + REQUESTS + " refused");
    }
}
