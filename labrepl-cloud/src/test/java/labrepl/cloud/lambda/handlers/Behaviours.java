package labrepl.cloud.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Handlers that behave well and badly, each a static method as {@code Behaviours::name} names it. */
public final class Behaviours {

    private Behaviours() {
    }

    public static Map<String, Object> echo(Map<String, Object> event, Context context) {
        Map<String, Object> answer = new LinkedHashMap<>(event);
        answer.put("requestId", context.getAwsRequestId());
        answer.put("functionName", context.getFunctionName());
        answer.put("memory", context.getMemoryLimitInMB());
        answer.put("endpoint", System.getenv("AWS_ENDPOINT_URL"));
        answer.put("region", System.getenv("AWS_REGION"));
        return answer;
    }

    public static String print(Map<String, Object> event) {
        System.out.println("first line");
        System.err.println("to standard error");
        System.out.print("no newline at the end");
        return "printed";
    }

    public static Object fail(Map<String, Object> event) {
        throw new IllegalStateException("boom: " + event.get("why"));
    }

    public static String sleep(Map<String, Object> event) throws InterruptedException {
        System.out.println("going to sleep");
        Thread.sleep(((Number) event.getOrDefault("millis", 60_000)).longValue());
        return "awake";
    }

    public static String exit(Map<String, Object> event) {
        System.out.println("exiting");
        System.exit(((Number) event.getOrDefault("status", 3)).intValue());
        return "unreachable";
    }

    public static int exhaustMemory(Map<String, Object> event) {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[1024 * 1024]);
        }
    }

    /** The environment's process and Runtime API address, printed, then a sleep of {@code millis}. */
    public static String identifyThenSleep(Map<String, Object> event) throws InterruptedException {
        System.out.println("pid=" + ProcessHandle.current().pid() + " api=" + System.getenv("AWS_LAMBDA_RUNTIME_API"));
        return sleep(event);
    }

    public static void nothing(Map<String, Object> event) {
    }

    public static String tooLarge(Map<String, Object> event) {
        return "x".repeat(7 * 1024 * 1024);
    }
}
