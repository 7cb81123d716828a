package labrepl.cloud.apigateway;

import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.IntegrationType;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;

/** Builds HTTP APIs the way lab 3 does: routes integrated with functions, on the auto-deployed $default stage. */
final class LabApi {

    private final ApiGatewayV2Client client;
    private final String apiId;

    private LabApi(ApiGatewayV2Client client, String apiId) {
        this.client = client;
        this.apiId = apiId;
    }

    /** An API with the $default stage, auto-deployed, and no routes yet. */
    static LabApi create(ApiGatewayV2Client client, String name) {
        String apiId = client.createApi(b -> b.name(name).protocolType(ProtocolType.HTTP)).apiId();
        client.createStage(b -> b.apiId(apiId).stageName("$default").autoDeploy(true));
        return new LabApi(client, apiId);
    }

    static String functionArn(String name) {
        return "arn:aws:lambda:us-west-2:000000000000:function:" + name;
    }

    String id() {
        return apiId;
    }

    /** A route integrated with the function {@code name}, with the given payload format. */
    LabApi route(String routeKey, String function, String payloadFormat) {
        String integrationId = client.createIntegration(b -> b.apiId(apiId).integrationType(IntegrationType.AWS_PROXY)
                .integrationUri(functionArn(function)).payloadFormatVersion(payloadFormat)).integrationId();
        client.createRoute(b -> b.apiId(apiId).routeKey(routeKey).target("integrations/" + integrationId));
        return this;
    }

    LabApi route(String routeKey, String function) {
        return route(routeKey, function, "2.0");
    }

    /** The lab's CORS configuration: every origin and header, GET and POST. */
    LabApi labCors() {
        client.updateApi(b -> b.apiId(apiId).corsConfiguration(c -> c.allowOrigins("*").allowHeaders("*")
                .allowMethods("GET", "POST")));
        return this;
    }
}
