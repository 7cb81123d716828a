package labrepl.helpers.clients;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The SDK calls one session's clients made, newest last, as the learner wrote them: what
 * {@code /cli} turns back into {@code aws} command lines. Failed calls count too; the client's own
 * warm-up calls do not.
 */
public final class SdkCallLog implements ExecutionInterceptor {

    /** One call: the request as the learner built it, and the response it returned (null if it failed). */
    public record Call(SdkRequest request, SdkResponse response) {
    }

    private static final int REMEMBERED = 200;
    private static final ExecutionAttribute<SdkRequest> REQUEST = new ExecutionAttribute<>("labrepl.request");
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    private final Deque<Call> calls = new ArrayDeque<>();

    /** Runs {@code work} without logging its calls (LabREPL's own, not the learner's). */
    static void unlogged(Runnable work) {
        QUIET.set(true);
        try {
            work.run();
        } finally {
            QUIET.set(false);
        }
    }

    public synchronized Optional<Call> last() {
        return Optional.ofNullable(calls.peekLast());
    }

    /** The call that returned {@code response}: the same object, or a response with its request id. */
    public synchronized Optional<Call> returning(Object response) {
        List<Call> newestFirst = new ArrayList<>(calls);
        Collections.reverse(newestFirst);
        return newestFirst.stream().filter(call -> call.response() == response).findFirst()
                .or(() -> requestId(response).flatMap(id -> newestFirst.stream()
                        .filter(call -> requestId(call.response()).filter(id::equals).isPresent()).findFirst()));
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(REQUEST, context.request());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        log(attributes, context.response());
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        log(attributes, null);
    }

    private synchronized void log(ExecutionAttributes attributes, SdkResponse response) {
        SdkRequest request = attributes.getAttribute(REQUEST);
        if (request == null || QUIET.get()) {
            return;
        }
        calls.addLast(new Call(request, response));
        if (calls.size() > REMEMBERED) {
            calls.removeFirst();
        }
    }

    private static Optional<String> requestId(Object response) {
        if (response instanceof AwsResponse && ((AwsResponse) response).responseMetadata() != null) {
            return Optional.ofNullable(((AwsResponse) response).responseMetadata().requestId());
        }
        return Optional.empty();
    }
}
