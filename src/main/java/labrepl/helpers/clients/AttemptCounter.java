package labrepl.helpers.clients;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts the HTTP attempts behind each response, which SDK v2 does not keep but boto3 shows as
 * {@code ResponseMetadata.RetryAttempts}.
 */
public final class AttemptCounter implements ExecutionInterceptor {

    private static final ExecutionAttribute<Integer> ATTEMPTS = new ExecutionAttribute<>("labrepl.attempts");
    private static final Map<SdkResponse, Integer> RETRIES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The number of retries behind a response from a LabREPL client; empty for other clients' responses. */
    public static Optional<Integer> retries(SdkResponse response) {
        return Optional.ofNullable(RETRIES.get(response));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Integer sofar = attributes.getAttribute(ATTEMPTS);
        attributes.putAttribute(ATTEMPTS, sofar == null ? 1 : sofar + 1);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Integer attempts = attributes.getAttribute(ATTEMPTS);
        if (attempts != null) {
            RETRIES.put(context.response(), attempts - 1);
        }
    }
}
