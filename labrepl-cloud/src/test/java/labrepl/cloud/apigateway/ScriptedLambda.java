package labrepl.cloud.apigateway;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import labrepl.cloud.lambda.LambdaInvoker;

/**
 * A test double of the Lambda service, for the gateway's tests before (and beside) the real one:
 * each function answers what the test scripted, and every invocation is recorded with its event
 * and caller so that tests can read exactly what API Gateway sent.
 */
public final class ScriptedLambda implements LambdaInvoker {

    /** What a scripted function does when invoked. */
    @FunctionalInterface
    public interface Behaviour {
        Invocation answer(JsonObject event, Caller caller) throws InterruptedException;
    }

    /** One recorded call. */
    public record Call(String function, JsonObject event, Caller caller) {
    }

    private final Map<String, Behaviour> functions = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    /** Scripts {@code function} (as the integration names it) to answer {@code payload}. */
    public ScriptedLambda answers(String function, String payload) {
        return behaves(function, (event, caller) -> new Invocation(payload.getBytes(StandardCharsets.UTF_8), null));
    }

    public ScriptedLambda behaves(String function, Behaviour behaviour) {
        functions.put(function, behaviour);
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public Call lastCall() {
        if (calls.isEmpty()) {
            throw new AssertionError("No function was invoked");
        }
        return calls.get(calls.size() - 1);
    }

    public void clear() {
        calls.clear();
    }

    @Override
    public Invocation invoke(String function, byte[] payload, Caller caller) {
        JsonObject event = JsonParser.parseString(new String(payload, StandardCharsets.UTF_8)).getAsJsonObject();
        calls.add(new Call(function, event, caller));
        Behaviour behaviour = functions.get(function);
        if (behaviour == null) {
            throw new FunctionNotFoundException("Function not found: " + function);
        }
        try {
            return behaviour.answer(event, caller);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Invocation("{\"errorMessage\":\"interrupted\"}".getBytes(StandardCharsets.UTF_8), "Unhandled");
        }
    }
}
