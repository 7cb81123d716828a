package labrepl.cloud.logs;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import labrepl.cloud.WireFuzz;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.Test;

/**
 * Random CloudWatch Logs calls, well-formed and not, straight onto the wire: every answer is a
 * success or a JSON 1.1 error with its {@code __type} and a 400, never a 500.
 */
@WithLocalCloud
class LogsFuzzTest {

    private static final int REQUESTS = 800;
    private static final List<String> OPERATIONS = List.of("CreateLogGroup", "DeleteLogGroup", "DescribeLogGroups",
            "CreateLogStream", "DescribeLogStreams", "PutLogEvents", "GetLogEvents", "FilterLogEvents", "TagResource");

    @Test
    void randomCallsGetAnAnswerOrALogsError(TestCloud cloud) throws Exception {
        cloud.logs().createLogGroup(b -> b.logGroupName("/fuzz"));
        cloud.logs().createLogStream(b -> b.logGroupName("/fuzz").logStreamName("s"));
        WireFuzz fuzz = new WireFuzz(17, cloud.cloud().port());
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String operation = fuzz.pick(OPERATIONS);
            PlainHttp.Response response = fuzz.send("POST", "/", Map.of("Authorization", WireFuzz.authorization("logs"),
                    "X-Amz-Target", "Logs_20140328." + operation, "Content-Type", "application/x-amz-json-1.1"),
                    fuzz.text(body(fuzz)));
            if (response.status() != 200) {
                refused++;
                assertNotNull(JsonParser.parseString(response.text()).getAsJsonObject().get("__type"), response.text());
            }
        }
        assertTrue(refused > REQUESTS / 10 && refused < REQUESTS, refused + " of " + REQUESTS + " refused");
    }

    private static JsonObject body(WireFuzz fuzz) {
        JsonArray events = new JsonArray();
        for (int n = fuzz.pick(List.of(0, 1, 2)); n > 0; n--) {
            events.add(fuzz.object(Map.of("timestamp", List.of(1_700_000_000_000L, -1, "now"),
                    "message", List.of("ERROR boom", "ok", ""))));
        }
        JsonArray names = new JsonArray();
        names.add(fuzz.pick(List.of("s", "t")));
        Map<String, List<?>> members = new HashMap<>();
        members.put("logGroupName", List.of("/fuzz", "/missing", ""));
        members.put("logGroupIdentifier", List.of("arn:aws:logs:us-west-2:000000000000:log-group:/fuzz:*", "x"));
        members.put("logGroupNamePrefix", List.of("/f", ""));
        members.put("logStreamName", List.of("s", "t", "missing"));
        members.put("logStreamNamePrefix", List.of("s", ""));
        members.put("logStreamNames", List.of(names));
        members.put("logEvents", List.of(events));
        members.put("orderBy", List.of("LogStreamName", "LastEventTime", "Sideways"));
        members.put("descending", List.of(true, false));
        members.put("startTime", List.of(0, 1_700_000_000_000L));
        members.put("endTime", List.of(Long.MAX_VALUE, 5));
        members.put("filterPattern", List.of("ERROR", "\"Task timed out\"", "-ok", "{ $.level = 1 }", "\"open"));
        members.put("limit", List.of(1, 0, 10_001, 50));
        members.put("nextToken", List.of("1", "-3", "abc", "f/1", "9223372036854775807"));
        return fuzz.object(members);
    }
}
