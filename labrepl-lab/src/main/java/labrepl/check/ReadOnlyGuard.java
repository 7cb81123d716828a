package labrepl.check;

import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Lets only reading calls leave the checks' SDK clients. Grading runs against a learner's real
 * account too, so "a check never changes anything" is held here, for every check, rather than
 * by each check's care. The one call allowed that is not named for reading is the invoke of a
 * function that only reads (the lab's ListCustomers), as the lab's own test of it does.
 */
final class ReadOnlyGuard implements ExecutionInterceptor {

    private static final Pattern READS = Pattern.compile("(Get|List|Describe|Head)[A-Za-z0-9]*|Scan|Query|BatchGetItem");

    private final Set<String> readingFunctions;

    ReadOnlyGuard(Set<String> readingFunctions) {
        this.readingFunctions = Set.copyOf(readingFunctions);
    }

    static boolean isRead(String operation) {
        return READS.matcher(operation).matches();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        boolean readingInvoke = "Invoke".equals(operation) && context.request().getValueForField("FunctionName",
                String.class).filter(readingFunctions::contains).isPresent();
        if (operation == null || !(isRead(operation) || readingInvoke)) {
            throw new IllegalStateException("labrepl check only reads, and refused to call " + operation
                    + " on " + attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
        }
    }
}
