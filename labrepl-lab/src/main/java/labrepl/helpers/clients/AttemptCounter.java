package labrepl.helpers.clients;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts the HTTP attempts behind each response, which SDK v2 does not keep but boto3 shows as
 * {@code ResponseMetadata.RetryAttempts}. The count is filed under the response's request id:
 * the SDK builds the object it returns after the interceptors have run, so nothing else links them.
 */
public final class AttemptCounter implements ExecutionInterceptor {

    private static final ExecutionAttribute<Integer> ATTEMPTS = new ExecutionAttribute<>("labrepl.attempts");
    private static final List<String> REQUEST_ID_HEADERS = List.of("x-amzn-RequestId", "x-amz-request-id");
    private static final int REMEMBERED = 1000;
    private static final Map<String, Integer> RETRIES = Collections.synchronizedMap(
            new LinkedHashMap<String, Integer>() {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** The number of retries behind a recent response of a LabREPL client; empty for other responses. */
    public static Optional<Integer> retries(SdkResponse response) {
        if (!(response instanceof AwsResponse) || ((AwsResponse) response).responseMetadata() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(RETRIES.get(((AwsResponse) response).responseMetadata().requestId()));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Integer sofar = attributes.getAttribute(ATTEMPTS);
        attributes.putAttribute(ATTEMPTS, sofar == null ? 1 : sofar + 1);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Integer attempts = attributes.getAttribute(ATTEMPTS);
        if (attempts == null) {
            return;
        }
        REQUEST_ID_HEADERS.stream()
                .map(header -> context.httpResponse().firstMatchingHeader(header))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(requestId -> RETRIES.put(requestId, attempts - 1));
    }
}
