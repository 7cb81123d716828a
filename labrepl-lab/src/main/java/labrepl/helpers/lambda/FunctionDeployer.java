package labrepl.helpers.lambda;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Deploys a package to a target as a learner would with the CLI — create the function, or update
 * its code and then its handler and runtime — waiting each time until Lambda reports it ready,
 * so that the next invoke runs the new code; and invokes a function the way the console's Test
 * tab does.
 */
public final class FunctionDeployer {

    private final LambdaClient lambda;

    public FunctionDeployer(LambdaClient lambda) {
        this.lambda = lambda;
    }

    public GetFunctionConfigurationResponse deploy(String name, FunctionPackage code, String role) {
        boolean exists;
        try {
            lambda.getFunctionConfiguration(b -> b.functionName(name));
            exists = true;
        } catch (ResourceNotFoundException e) {
            exists = false;
        }
        if (exists) {
            lambda.updateFunctionCode(b -> b.functionName(name).zipFile(code.zip()));
            lambda.waiter().waitUntilFunctionUpdatedV2(b -> b.functionName(name));
            lambda.updateFunctionConfiguration(b -> b.functionName(name).handler(code.handler()).runtime(code.runtime())
                    .role(role));
            lambda.waiter().waitUntilFunctionUpdatedV2(b -> b.functionName(name));
        } else {
            lambda.createFunction(b -> b.functionName(name).runtime(code.runtime()).handler(code.handler()).role(role)
                    .timeout(15).memorySize(512).code(c -> c.zipFile(code.zip())));
            lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(name));
        }
        return lambda.getFunctionConfiguration(b -> b.functionName(name));
    }

    public FunctionTestRun invoke(String name, String eventJson) {
        return FunctionTestRun.of(name, lambda.invoke(b -> b.functionName(name).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String(eventJson))));
    }
}
