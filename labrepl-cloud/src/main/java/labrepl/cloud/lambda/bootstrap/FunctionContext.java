package labrepl.cloud.lambda.bootstrap;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;

/** The {@link Context} a handler receives, from the invocation's headers and the environment's variables. */
final class FunctionContext implements Context {

    private final Invocation invocation;
    private final FunctionEnvironment environment;

    FunctionContext(Invocation invocation, FunctionEnvironment environment) {
        this.invocation = invocation;
        this.environment = environment;
    }

    @Override
    public String getAwsRequestId() {
        return invocation.requestId();
    }

    @Override
    public String getLogGroupName() {
        return environment.logGroup();
    }

    @Override
    public String getLogStreamName() {
        return environment.logStream();
    }

    @Override
    public String getFunctionName() {
        return environment.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return environment.functionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return invocation.functionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, invocation.deadlineMillis() - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return environment.memoryMegabytes();
    }

    @Override
    public String getXrayTraceId() {
        return invocation.traceId();
    }

    @Override
    public LambdaLogger getLogger() {
        return LambdaRuntime.getLogger();
    }
}
