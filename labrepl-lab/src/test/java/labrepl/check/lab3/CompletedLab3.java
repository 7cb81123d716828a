package labrepl.check.lab3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import labrepl.check.lab1.CompletedLab1;
import labrepl.cloud.junit.TestCloud;
import labrepl.helpers.clients.Confirmation;
import labrepl.helpers.clients.LabClients;
import labrepl.helpers.clients.Redactor;
import labrepl.target.Target;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.IntegrationType;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;

/**
 * Lab 3 done as the lab asks, on a cloud where Labs 1 and 2 are done: the HTTP API customer-app
 * with its two routes and Lambda integrations (payload 2.0), the lab's CORS, the $default stage,
 * the functions' permissions for API Gateway, and the page uploaded again with the invoke URL.
 */
final class CompletedLab3 implements AutoCloseable {

    private final TestCloud cloud;
    private final LabClients clients;
    private String apiId;

    CompletedLab3(TestCloud cloud) {
        this.cloud = cloud;
        this.clients = LabClients.forTarget(Target.localCloud(cloud.endpoint(), TestCloud.REGION), new Redactor(),
                Confirmation.NO_TERMINAL);
    }

    ApiGatewayV2Client apigateway() {
        return clients.client(ApiGatewayV2Client.class);
    }

    String apiId() {
        return apiId;
    }

    CompletedLab3 all() throws IOException {
        api("customer-app");
        apigateway().createStage(b -> b.apiId(apiId).stageName("$default").autoDeploy(true));
        route("GET /ListCustomers", "ListCustomers");
        route("POST /SaveCustomer", "SaveCustomer");
        permit("ListCustomers", apiId);
        permit("SaveCustomer", apiId);
        return page(endpoint() + "/");
    }

    CompletedLab3 api(String name) {
        apiId = apigateway().createApi(b -> b.name(name).protocolType(ProtocolType.HTTP)
                .corsConfiguration(c -> c.allowOrigins("*").allowHeaders("*").allowMethods("GET", "POST"))).apiId();
        return this;
    }

    String endpoint() {
        return apigateway().getApi(b -> b.apiId(apiId)).apiEndpoint();
    }

    static String functionArn(String function) {
        return "arn:aws:lambda:us-west-2:000000000000:function:" + function;
    }

    /** A route with a Lambda integration (payload 2.0) to {@code function}; returns the integration's id. */
    String route(String routeKey, String function) {
        String integration = apigateway().createIntegration(b -> b.apiId(apiId).integrationType(IntegrationType.AWS_PROXY)
                .integrationUri(functionArn(function)).payloadFormatVersion("2.0")).integrationId();
        apigateway().createRoute(b -> b.apiId(apiId).routeKey(routeKey).target("integrations/" + integration));
        return integration;
    }

    /** What the console's "grant API Gateway permission" does, for the API {@code api}. */
    CompletedLab3 permit(String function, String api) {
        cloud.lambda().addPermission(b -> b.functionName(function).statementId("apigateway-" + api)
                .action("lambda:InvokeFunction").principal("apigateway.amazonaws.com")
                .sourceArn("arn:aws:execute-api:us-west-2:000000000000:" + api + "/*"));
        return this;
    }

    /** The lab's page, with {@code endpoint} as its API Endpoint, uploaded again. */
    CompletedLab3 page(String endpoint) throws IOException {
        try (InputStream page = CompletedLab3.class.getResourceAsStream("/labrepl/lab/index.html")) {
            String html = new String(page.readAllBytes(), StandardCharsets.UTF_8).replace("value=\"UPDATE-ME\"",
                    "value=\"" + endpoint + "\"");
            cloud.s3().putObject(b -> b.bucket(CompletedLab1.BUCKET).key("index.html").contentType("text/html"),
                    RequestBody.fromString(html));
        }
        return this;
    }

    @Override
    public void close() {
        clients.close();
    }
}
