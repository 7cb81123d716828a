package labrepl.helpers.clients;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import labrepl.target.AwsService;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Asks before the first call of each destructive kind in a session (DeleteTable, DeleteBucket,
 * DeleteObjects, DeleteFunction, ...) reaches real AWS, naming what it would delete; a "no", or no
 * one to ask, fails the call before anything is sent. "Destructive" is read from the operation's
 * name, for every operation of every client the guard is given to: the AWS APIs name what deletes
 * {@code Delete...}, {@code BatchDelete...}, {@code Remove...}, {@code Terminate...} or {@code Purge...}.
 */
public final class DestructiveCallGuard implements ExecutionInterceptor {

    private static final String[] DESTRUCTIVE_VERBS = {"Delete", "BatchDelete", "Remove", "Terminate", "Purge"};

    private final Confirmation confirmation;
    private final String region;
    private final Set<String> allowedKinds = ConcurrentHashMap.newKeySet();

    /** One guard per session: an answer holds for its calls of that kind, whichever client makes them. */
    public DestructiveCallGuard(Confirmation confirmation, String region) {
        this.confirmation = confirmation;
        this.region = region;
    }

    /** Whether an operation deletes something, by its name in the service's API. */
    static boolean isDestructive(String operation) {
        for (String verb : DESTRUCTIVE_VERBS) {
            if (operation.startsWith(verb) && operation.length() > verb.length()
                    && Character.isUpperCase(operation.charAt(verb.length()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (operation == null || !isDestructive(operation)) {
            return;
        }
        DestructiveCall call = new DestructiveCall(serviceName(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)),
                operation, ResourceNames.of(context.request()), region);
        if (allowedKinds.contains(call.kind())) {
            return;
        }
        if (!confirmation.allows(call)) {
            throw new DestructiveCallRefused(call.describe() + " was not sent: you answered no.");
        }
        allowedKinds.add(call.kind());
    }

    private static String serviceName(String sdkName) {
        return AwsService.ofSdkName(sdkName).map(AwsService::displayName).orElse(sdkName);
    }
}
