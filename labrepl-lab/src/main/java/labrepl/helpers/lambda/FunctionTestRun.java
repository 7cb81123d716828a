package labrepl.helpers.lambda;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * One invocation as the console's Test tab shows it: whether it succeeded, the response (JSON,
 * indented), the function's log tail and the request id. The REPL prints it as the value of
 * {@code invoke(...)}.
 */
public record FunctionTestRun(String function, boolean succeeded, String response, String log, String requestId) {

    static FunctionTestRun of(String function, InvokeResponse answer) {
        String payload = answer.payload() == null ? "" : answer.payload().asUtf8String();
        String log = answer.logResult() == null ? ""
                : new String(Base64.getDecoder().decode(answer.logResult()), StandardCharsets.UTF_8);
        return new FunctionTestRun(function, answer.functionError() == null, indented(payload), log,
                answer.responseMetadata().requestId());
    }

    private static String indented(String payload) {
        try {
            return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(JsonParser.parseString(payload));
        } catch (JsonParseException e) {
            return payload;
        }
    }

    @Override
    public String toString() {
        return "Executing function " + function + ": " + (succeeded ? "succeeded" : "failed") + "\n"
                + "Response:\n" + response + "\n"
                + "Function Logs:\n" + log.stripTrailing() + "\n"
                + "Request ID: " + requestId;
    }
}
