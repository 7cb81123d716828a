package labrepl.cloud.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.List;
import labrepl.cloud.junit.WithLocalCloud;
import labrepl.cloud.lambda.handlers.Greeter;
import labrepl.cloud.lambda.handlers.HttpRoute;
import labrepl.cloud.lambda.handlers.Shouter;
import org.joda.time.DateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** The handler shapes AWS's Java runtime accepts, with events and results serialised as AWS serialises them. */
@Tag("process")
@WithLocalCloud
class HandlerShapesTest {

    private static String invoke(LambdaClient lambda, String name, String handler, SdkBytes zip, String event) {
        lambda.createFunction(b -> b.functionName(name).runtime(Runtime.JAVA21).role(JavaFunctionTest.ROLE)
                .handler(handler).code(c -> c.zipFile(zip)));
        return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(event))).payload().asUtf8String();
    }

    @Test
    void aRequestHandlerOfPojosReadsAndWritesBeansLeavingNullsOut(LambdaClient lambda) {
        String answer = invoke(lambda, "Greeter", Greeter.class.getName(),
                FunctionZips.ofClasses(Greeter.class, Greeter.Person.class, Greeter.Greeting.class),
                "{\"firstname\":\"Pat\",\"lastname\":\"Candella\",\"unknown\":1}");
        assertEquals("{\"message\":\"Hello Pat Candella\"}", answer);
    }

    @Test
    void aRequestStreamHandlerGetsTheEventsBytes(LambdaClient lambda) {
        assertEquals("{\"SAY\":\"HI\"}", invoke(lambda, "Shouter", Shouter.class.getName(),
                FunctionZips.ofClasses(Shouter.class), "{\"say\":\"hi\"}"));
    }

    @Test
    void anEventsTypeIsSerialisedByAwsEventSerialisers(LambdaClient lambda) {
        String answer = invoke(lambda, "HttpRoute", HttpRoute.class.getName() + "::handle",
                FunctionZips.ofClassesAndLibraries(List.of(APIGatewayV2HTTPEvent.class, DateTime.class), HttpRoute.class),
                "{\"version\":\"2.0\",\"routeKey\":\"POST /SaveCustomer\",\"rawPath\":\"/SaveCustomer\","
                        + "\"queryStringParameters\":{\"id\":\"ABE125\"},\"isBase64Encoded\":false}");
        assertEquals("{\"statusCode\":200,\"headers\":{\"content-type\":\"text/plain\"},\"body\":\"POST /SaveCustomer ABE125\","
                + "\"isBase64Encoded\":false}", answer);
    }
}
