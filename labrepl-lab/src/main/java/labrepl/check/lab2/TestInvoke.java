package labrepl.check.lab2;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Optional;
import java.util.regex.Pattern;
import labrepl.check.Check;
import labrepl.check.Verdict;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A test of ListCustomers as the lab's console test makes it (an event it ignores), judged by
 * what the page needs from the answer: {@code {"result": [[ID, firstname, lastname], …]}}, or the
 * same as the body of an HTTP-style answer.
 */
final class TestInvoke {

    /** What Lambda's Java and Python runtimes say when the handler names nothing in the code. */
    private static final Pattern HANDLER_NOT_FOUND = Pattern.compile("HandlerNotFound|ClassNotFound|Class not found"
            + "|ImportModuleError|No public method named|missing on module");

    private TestInvoke() {
    }

    static Check.Probe listsCustomers(String name) {
        return target -> {
            InvokeResponse answer = target.lambda().invoke(b -> b.functionName(name)
                    .payload(SdkBytes.fromUtf8String("{}")));
            String payload = answer.payload() == null ? "" : answer.payload().asUtf8String();
            if (answer.functionError() != null) {
                return Verdict.failed(failure(name, payload));
            }
            return rowsProblem(payload).map(problem -> Verdict.failed("a test of " + name + " answers " + brief(payload)
                    + ", " + problem)).orElseGet(Verdict::passed);
        };
    }

    /** What is wrong with the answer for the page, if anything. */
    private static Optional<String> rowsProblem(String payload) {
        JsonElement answer;
        try {
            answer = JsonParser.parseString(payload);
        } catch (JsonParseException e) {
            return Optional.of("which is not JSON; return an object {\"result\": rows}");
        }
        if (answer.isJsonObject() && answer.getAsJsonObject().has("body") && answer.getAsJsonObject().has("statusCode")) {
            try {
                answer = JsonParser.parseString(answer.getAsJsonObject().get("body").getAsString());
            } catch (JsonParseException | IllegalStateException e) {
                return Optional.of("whose body is not JSON; the page reads the body as {\"result\": rows}");
            }
        }
        if (!answer.isJsonObject() || !answer.getAsJsonObject().has("result")) {
            return Optional.of("but the page reads json.result: return an object {\"result\": rows}");
        }
        JsonElement result = answer.getAsJsonObject().get("result");
        if (!result.isJsonArray()) {
            return Optional.of("but result should be a list of rows");
        }
        for (JsonElement row : result.getAsJsonArray()) {
            if (!row.isJsonArray() || row.getAsJsonArray().size() != 3 || !allStrings(row.getAsJsonArray())) {
                return Optional.of("but each row should be [ID, firstname, lastname], three strings, as the page"
                        + " shows them, not " + row);
            }
        }
        if (!result.toString().contains("[\"ABC123\",\"Manu\",\"Kwesi\"]")) {
            return Optional.of("without the customer ABC123 Manu Kwesi; it should list every item of LabCustomers");
        }
        return Optional.empty();
    }

    private static boolean allStrings(JsonArray row) {
        return row.asList().stream().allMatch(cell -> cell.isJsonPrimitive() && cell.getAsJsonPrimitive().isString());
    }

    /** The function's error in a sentence, with what usually causes it. */
    private static String failure(String name, String payload) {
        String type = "";
        String message = payload;
        try {
            JsonObject error = JsonParser.parseString(payload).getAsJsonObject();
            type = error.has("errorType") ? error.get("errorType").getAsString() : "";
            message = error.has("errorMessage") ? error.get("errorMessage").getAsString() : payload;
        } catch (JsonParseException | IllegalStateException e) {
            // the payload is not Lambda's error object; its text is the message
        }
        String said = "a test of " + name + " fails with " + (type.isEmpty() ? "" : type + ": ") + brief(message);
        if (HANDLER_NOT_FOUND.matcher(type + " " + message).find()) {
            return said + "; its handler must name the code's class and method (Java: " + name
                    + "::handleRequest; Python: lambda_function.lambda_handler)";
        }
        if (message.contains("ResourceNotFound") || message.contains("Requested resource not found")) {
            return said + "; the function reads the table LabCustomers, which must exist in its region";
        }
        if (message.contains("AccessDenied") || message.contains("not authorized")) {
            return said + "; its role may not read the table: give it the role " + name;
        }
        if (message.contains("Task timed out")) {
            return said + "; it ran out of time: raise its timeout (the lab's functions need a few seconds)";
        }
        return said;
    }

    private static String brief(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 159) + "…";
    }
}
