package labrepl.cloud.apigateway.execute;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.ServiceRegistry;
import labrepl.cloud.apigateway.model.Integration;
import labrepl.cloud.apigateway.response.GatewayAnswer;
import labrepl.cloud.apigateway.response.ResponseMapping;
import labrepl.cloud.lambda.LambdaInvoker;
import labrepl.cloud.lambda.LambdaInvoker.Caller;
import labrepl.cloud.lambda.LambdaInvoker.Invocation;

/**
 * A Lambda proxy integration at work: invokes the function through the cloud's Lambda service
 * (which checks the function's resource policy), waits at most the integration's timeout, and
 * maps the answer. Every failure is the client's 500 (503 on a timeout), as on AWS, and the
 * local cloud's log says what went wrong, since the client is told nothing.
 */
public final class LambdaIntegration implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LambdaIntegration.class.getName());
    private static final String PRINCIPAL = "apigateway.amazonaws.com";

    private final ServiceRegistry registry;
    private final ExecutorService waiting = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "apigateway-integration");
        thread.setDaemon(true);
        return thread;
    });

    public LambdaIntegration(ServiceRegistry registry) {
        this.registry = registry;
    }

    GatewayAnswer invoke(Integration integration, byte[] event, String sourceArn, String routeKey) {
        String function = integration.functionReference();
        Invocation invocation;
        try {
            LambdaInvoker invoker = registry.require(LambdaInvoker.class);
            Future<Invocation> call = waiting.submit(() -> invoker.invoke(function, event,
                    new Caller(PRINCIPAL, sourceArn)));
            invocation = await(call, integration.timeoutInMillis());
        } catch (TimeoutException e) {
            LOG.warning(() -> "Route " + routeKey + ": " + function + " did not answer within the integration's "
                    + integration.timeoutInMillis() + " ms; the client got 503 Service Unavailable.");
            return GatewayAnswer.serviceUnavailable();
        } catch (LambdaInvoker.InvokeDeniedException e) {
            LOG.warning(() -> "Route " + routeKey + ": API Gateway may not invoke " + function + " (" + e.getMessage()
                    + "). Grant it: aws lambda add-permission --function-name " + name(function)
                    + " --statement-id apigateway-invoke --action lambda:InvokeFunction --principal " + PRINCIPAL
                    + " --source-arn '" + wildcardStageAndMethod(sourceArn) + "'");
            return GatewayAnswer.internalError();
        } catch (LambdaInvoker.FunctionNotFoundException e) {
            LOG.warning(() -> "Route " + routeKey + ": the integration's function does not exist: " + e.getMessage());
            return GatewayAnswer.internalError();
        } catch (LambdaInvoker.TooManyRequestsException e) {
            LOG.warning(() -> "Route " + routeKey + ": " + function + " is throttled: " + e.getMessage());
            return GatewayAnswer.internalError();
        } catch (LambdaInvoker.InvokeFailedException e) {
            LOG.warning(() -> "Route " + routeKey + ": Lambda could not run " + function + ": " + e.getMessage());
            return GatewayAnswer.internalError();
        } catch (IllegalStateException e) {
            LOG.warning(() -> "Route " + routeKey + ": " + e.getMessage());
            return GatewayAnswer.internalError();
        }
        if (invocation.failed()) {
            LOG.warning(() -> "Route " + routeKey + ": " + function + " failed (" + invocation.functionError() + "): "
                    + new String(invocation.payload(), java.nio.charset.StandardCharsets.UTF_8));
            return GatewayAnswer.internalError();
        }
        try {
            return integration.formatV2() ? ResponseMapping.v2(invocation.payload())
                    : ResponseMapping.v1(invocation.payload());
        } catch (ResponseMapping.InvalidResponse e) {
            LOG.warning(() -> "Route " + routeKey + ": " + function + " answered something API Gateway cannot map"
                    + " (payload format " + integration.payloadFormatVersion() + "): " + e.getMessage());
            return GatewayAnswer.internalError();
        }
    }

    private static Invocation await(Future<Invocation> call, int timeoutMillis) throws TimeoutException {
        try {
            return call.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            LOG.log(Level.WARNING, "Invoking a function failed", e.getCause());
            throw new IllegalStateException("invoking the function failed: " + e.getCause());
        }
    }

    /** The function's name, from the ARN an integration names it by. */
    private static String name(String function) {
        int at = function.indexOf(":function:");
        String name = at < 0 ? function : function.substring(at + ":function:".length());
        int qualifier = name.indexOf(':');
        return qualifier < 0 ? name : name.substring(0, qualifier);
    }

    /** {@code …:APIID/STAGE/METHOD/PATH} as {@code …:APIID/* /* /PATH}, the permission the console grants. */
    private static String wildcardStageAndMethod(String sourceArn) {
        String[] parts = sourceArn.split("/", 3);
        if (parts.length < 3) {
            return sourceArn;
        }
        String resource = parts[2];
        int slash = resource.indexOf('/');
        return parts[0] + "/*/" + (slash < 0 ? resource : "*" + resource.substring(slash));
    }

    @Override
    public void close() {
        waiting.shutdownNow();
    }
}
