package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import labrepl.cloud.LocalCloud;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.lambda.LambdaInvoker.Caller;
import labrepl.cloud.lambda.LambdaInvoker.FunctionNotFoundException;
import labrepl.cloud.lambda.LambdaInvoker.Invocation;
import labrepl.cloud.lambda.LambdaInvoker.InvokeDeniedException;
import labrepl.cloud.lambda.handlers.Behaviours;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** Another service (API Gateway) invokes a function in-process, allowed only by the function's resource policy. */
@Tag("process")
@WithLocalCloud
class LambdaInvokerTest {

    private static final Caller API = new Caller("apigateway.amazonaws.com",
            "arn:aws:execute-api:us-west-2:000000000000:a1b2c3d4e5/$default/GET/ListCustomers");

    @Test
    void aServiceInvokesOnlyWhatThePolicyAllowsIt(LambdaClient lambda, LocalCloud cloud) {
        lambda.createFunction(b -> b.functionName("Routed").runtime(Runtime.JAVA17).role(JavaFunctionTest.ROLE)
                .handler(Behaviours.class.getName() + "::echo").code(c -> c.zipFile(FunctionZips.ofClasses(Behaviours.class))));
        LambdaInvoker invoker = cloud.service(LambdaInvoker.class);
        byte[] event = "{\"routeKey\":\"GET /ListCustomers\"}".getBytes(StandardCharsets.UTF_8);
        InvokeDeniedException denied = assertThrows(InvokeDeniedException.class, () -> invoker.invoke("Routed", event, API));
        assertTrue(denied.getMessage().contains("apigateway.amazonaws.com"), denied.getMessage());
        lambda.addPermission(b -> b.functionName("Routed").statementId("other-api").action("lambda:InvokeFunction")
                .principal("apigateway.amazonaws.com").sourceArn("arn:aws:execute-api:us-west-2:000000000000:zzzzzzzzzz/*"));
        assertThrows(InvokeDeniedException.class, () -> invoker.invoke("Routed", event, API));
        lambda.addPermission(b -> b.functionName("Routed").statementId("this-api").action("lambda:InvokeFunction")
                .principal("apigateway.amazonaws.com").sourceArn("arn:aws:execute-api:us-west-2:000000000000:a1b2c3d4e5/*"));
        Invocation answer = invoker.invoke("arn:aws:lambda:us-west-2:000000000000:function:Routed", event, API);
        assertEquals(null, answer.functionError());
        assertTrue(new String(answer.payload(), StandardCharsets.UTF_8).contains("\"routeKey\":\"GET /ListCustomers\""));
        assertThrows(FunctionNotFoundException.class, () -> invoker.invoke("Nowhere", event, API));
    }
}
