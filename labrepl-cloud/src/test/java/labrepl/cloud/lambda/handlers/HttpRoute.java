package labrepl.cloud.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/** A handler of aws-lambda-java-events types, serialised by AWS's event serialisers. */
public class HttpRoute {

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Context context) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("content-type", "text/plain"))
                .withBody(event.getRouteKey() + " " + event.getQueryStringParameters().get("id")).build();
    }
}
