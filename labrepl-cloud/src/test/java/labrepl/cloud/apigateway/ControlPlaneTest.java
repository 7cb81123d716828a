package labrepl.cloud.apigateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.BadRequestException;
import software.amazon.awssdk.services.apigatewayv2.model.ConflictException;
import software.amazon.awssdk.services.apigatewayv2.model.CreateApiResponse;
import software.amazon.awssdk.services.apigatewayv2.model.CreateIntegrationResponse;
import software.amazon.awssdk.services.apigatewayv2.model.CreateRouteResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetApiResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetStageResponse;
import software.amazon.awssdk.services.apigatewayv2.model.IntegrationType;
import software.amazon.awssdk.services.apigatewayv2.model.NotFoundException;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;

/** The API Gateway v2 API for HTTP APIs through the real SDK client: shapes, IDs and AWS's errors. */
class ControlPlaneTest {

    static final String FUNCTION = "arn:aws:lambda:us-west-2:000000000000:function:ListCustomers";

    @RegisterExtension
    static final ApiGatewayCloud CLOUD = new ApiGatewayCloud();

    private static ApiGatewayV2Client api() {
        return CLOUD.client();
    }

    private static String httpApi(String name) {
        return api().createApi(b -> b.name(name).protocolType(ProtocolType.HTTP)).apiId();
    }

    @Test
    void createApiAnswersTheApiWithAwsDefaultsAndTheLocalInvokeUrl() {
        CreateApiResponse created = api().createApi(b -> b.name("customer-app").protocolType(ProtocolType.HTTP)
                .tags(Map.of("course", "lab3")));
        assertTrue(created.apiId().matches("[a-z0-9]{10}"), created.apiId());
        assertEquals("http://" + created.apiId() + ".execute-api.localhost:" + CLOUD.port(), created.apiEndpoint());
        assertEquals("$request.method $request.path", created.routeSelectionExpression());
        assertEquals("$request.header.x-api-key", created.apiKeySelectionExpression());
        assertEquals(ProtocolType.HTTP, created.protocolType());
        assertEquals(Map.of("course", "lab3"), created.tags());
        assertFalse(created.disableExecuteApiEndpoint());
        assertTrue(created.createdDate() != null);
        GetApiResponse got = api().getApi(b -> b.apiId(created.apiId()));
        assertEquals("customer-app", got.name());
        assertEquals(created.apiEndpoint(), got.apiEndpoint());
        assertTrue(api().getApis(b -> { }).items().stream().anyMatch(a -> a.apiId().equals(created.apiId())));
    }

    @Test
    void quickCreateMakesAManagedIntegrationRouteAndAutoDeployedDefaultStage() {
        String apiId = api().createApi(b -> b.name("quick").protocolType(ProtocolType.HTTP).target(FUNCTION)).apiId();
        var integrations = api().getIntegrations(b -> b.apiId(apiId)).items();
        assertEquals(1, integrations.size());
        assertEquals(IntegrationType.AWS_PROXY, integrations.get(0).integrationType());
        assertEquals(FUNCTION, integrations.get(0).integrationUri());
        assertEquals("2.0", integrations.get(0).payloadFormatVersion());
        assertEquals("POST", integrations.get(0).integrationMethod());
        assertEquals(30000, integrations.get(0).timeoutInMillis());
        assertTrue(integrations.get(0).apiGatewayManaged());
        var routes = api().getRoutes(b -> b.apiId(apiId)).items();
        assertEquals(1, routes.size());
        assertEquals("$default", routes.get(0).routeKey());
        assertEquals("integrations/" + integrations.get(0).integrationId(), routes.get(0).target());
        GetStageResponse stage = api().getStage(b -> b.apiId(apiId).stageName("$default"));
        assertTrue(stage.autoDeploy());
        assertTrue(stage.apiGatewayManaged());
        assertTrue(stage.deploymentId().matches("[a-z0-9]{6}"), stage.deploymentId());
        assertEquals("Successfully deployed stage with deployment ID '" + stage.deploymentId() + "'",
                stage.lastDeploymentStatusMessage());
        var deployment = api().getDeployments(b -> b.apiId(apiId)).items().get(0);
        assertTrue(deployment.autoDeployed());
        assertEquals("DEPLOYED", deployment.deploymentStatusAsString());
    }

    @Test
    void routesAndIntegrationsHaveAwsIdsAndAutoDeployRedeploysTheStage() {
        String apiId = httpApi("routes");
        api().createStage(b -> b.apiId(apiId).stageName("$default").autoDeploy(true));
        String before = api().getStage(b -> b.apiId(apiId).stageName("$default")).deploymentId();
        CreateIntegrationResponse integration = api().createIntegration(b -> b.apiId(apiId)
                .integrationType(IntegrationType.AWS_PROXY).integrationUri(FUNCTION).payloadFormatVersion("2.0"));
        assertTrue(integration.integrationId().matches("[a-z0-9]{7}"), integration.integrationId());
        assertEquals("INTERNET", integration.connectionTypeAsString());
        CreateRouteResponse route = api().createRoute(b -> b.apiId(apiId).routeKey("GET /ListCustomers")
                .target("integrations/" + integration.integrationId()));
        assertTrue(route.routeId().matches("[a-z0-9]{7}"), route.routeId());
        assertEquals("NONE", route.authorizationTypeAsString());
        assertFalse(route.apiKeyRequired());
        assertEquals("GET /ListCustomers", api().getRoute(b -> b.apiId(apiId).routeId(route.routeId())).routeKey());
        String after = api().getStage(b -> b.apiId(apiId).stageName("$default")).deploymentId();
        assertFalse(before.equals(after), "the stage was deployed again after the change");

        api().updateRoute(b -> b.apiId(apiId).routeId(route.routeId()).routeKey("GET /customers/{id}"));
        assertEquals("GET /customers/{id}", api().getRoutes(b -> b.apiId(apiId)).items().get(0).routeKey());
        api().updateIntegration(b -> b.apiId(apiId).integrationId(integration.integrationId()).timeoutInMillis(5000));
        assertEquals(5000, api().getIntegration(b -> b.apiId(apiId).integrationId(integration.integrationId()))
                .timeoutInMillis());
        assertThrows(ConflictException.class, () -> api().deleteIntegration(b -> b.apiId(apiId)
                .integrationId(integration.integrationId())), "a route still targets it");
        api().deleteRoute(b -> b.apiId(apiId).routeId(route.routeId()));
        api().deleteIntegration(b -> b.apiId(apiId).integrationId(integration.integrationId()));
        assertTrue(api().getRoutes(b -> b.apiId(apiId)).items().isEmpty());
        assertTrue(api().getIntegrations(b -> b.apiId(apiId)).items().isEmpty());
    }

    @Test
    void namedStagesAreDeployedByCreateDeployment() {
        String apiId = httpApi("stages");
        api().createStage(b -> b.apiId(apiId).stageName("dev").description("for trying").tags(Map.of("k", "v")));
        assertNull(api().getStage(b -> b.apiId(apiId).stageName("dev")).deploymentId());
        var deployment = api().createDeployment(b -> b.apiId(apiId).stageName("dev").description("first"));
        assertFalse(deployment.autoDeployed());
        assertEquals(deployment.deploymentId(), api().getStage(b -> b.apiId(apiId).stageName("dev")).deploymentId());
        assertEquals(List.of("dev"), api().getStages(b -> b.apiId(apiId)).items().stream()
                .map(s -> s.stageName()).toList());
        assertThrows(BadRequestException.class, () -> api().deleteDeployment(b -> b.apiId(apiId)
                .deploymentId(deployment.deploymentId())), "a stage serves it");
        api().deleteStage(b -> b.apiId(apiId).stageName("dev"));
        api().deleteDeployment(b -> b.apiId(apiId).deploymentId(deployment.deploymentId()));
        assertTrue(api().getDeployments(b -> b.apiId(apiId)).items().isEmpty());
    }

    @Test
    void corsConfigurationIsKeptUpdatedAndDeleted() {
        String apiId = httpApi("cors");
        api().updateApi(b -> b.apiId(apiId).corsConfiguration(c -> c.allowOrigins("*").allowHeaders("*")
                .allowMethods("GET", "POST")));
        var cors = api().getApi(b -> b.apiId(apiId)).corsConfiguration();
        assertEquals(List.of("*"), cors.allowOrigins());
        assertEquals(List.of("GET", "POST"), cors.allowMethods());
        api().deleteCorsConfiguration(b -> b.apiId(apiId));
        assertNull(api().getApi(b -> b.apiId(apiId)).corsConfiguration());
        BadRequestException refused = assertThrows(BadRequestException.class, () -> api().updateApi(b -> b
                .apiId(apiId).corsConfiguration(c -> c.allowOrigins("*").allowCredentials(true))));
        assertEquals("allow-credentials is not supported if 'allow-origin' is *", refused.awsErrorDetails().errorMessage());
    }

    @Test
    void tagsOfAnApiAreAddedListedAndRemoved() {
        String apiId = httpApi("tags");
        String arn = "arn:aws:apigateway:us-west-2::/apis/" + apiId;
        api().tagResource(b -> b.resourceArn(arn).tags(Map.of("a", "1", "b", "2")));
        assertEquals(Map.of("a", "1", "b", "2"), api().getTags(b -> b.resourceArn(arn)).tags());
        api().untagResource(b -> b.resourceArn(arn).tagKeys("a"));
        assertEquals(Map.of("b", "2"), api().getTags(b -> b.resourceArn(arn)).tags());
    }

    @Test
    void aMissingApiIsNotFoundWithTheAccountInTheMessage() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> api().getApi(b -> b.apiId("abcdefghij")));
        assertEquals(404, missing.statusCode());
        assertEquals("Invalid API identifier specified 000000000000:abcdefghij", missing.awsErrorDetails().errorMessage());
        assertThrows(NotFoundException.class, () -> api().deleteApi(b -> b.apiId("abcdefghij")));
        assertThrows(NotFoundException.class, () -> api().getRoutes(b -> b.apiId("abcdefghij")));
        String apiId = httpApi("parts");
        assertThrows(NotFoundException.class, () -> api().getRoute(b -> b.apiId(apiId).routeId("nosuchr")));
        assertThrows(NotFoundException.class, () -> api().getStage(b -> b.apiId(apiId).stageName("prod")));
        assertThrows(NotFoundException.class, () -> api().getIntegration(b -> b.apiId(apiId).integrationId("nosuchi")));
    }

    @Test
    void badInputIsABadRequestThatSaysWhatIsWrong() {
        String apiId = httpApi("bad");
        assertThrows(BadRequestException.class, () -> api().createRoute(b -> b.apiId(apiId).routeKey("GET pets")));
        assertThrows(BadRequestException.class, () -> api().createRoute(b -> b.apiId(apiId).routeKey("GET /pets/")));
        assertThrows(BadRequestException.class, () -> api().createRoute(b -> b.apiId(apiId).routeKey("FETCH /pets")));
        assertThrows(BadRequestException.class, () -> api().createRoute(b -> b.apiId(apiId)
                .routeKey("GET /{proxy+}/more")));
        assertThrows(NotFoundException.class, () -> api().createRoute(b -> b.apiId(apiId).routeKey("GET /pets")
                .target("integrations/nosuchi")));
        BadRequestException noFormat = assertThrows(BadRequestException.class, () -> api().createIntegration(b -> b
                .apiId(apiId).integrationType(IntegrationType.AWS_PROXY).integrationUri(FUNCTION)));
        assertTrue(noFormat.getMessage().contains("payloadFormatVersion"), noFormat.getMessage());
        assertThrows(BadRequestException.class, () -> api().createIntegration(b -> b.apiId(apiId)
                .integrationType(IntegrationType.AWS_PROXY).integrationUri("ListCustomers").payloadFormatVersion("2.0")));
        assertThrows(BadRequestException.class, () -> api().createIntegration(b -> b.apiId(apiId)
                .integrationType(IntegrationType.AWS_PROXY).integrationUri(FUNCTION).payloadFormatVersion("3.0")));
        assertThrows(BadRequestException.class, () -> api().createIntegration(b -> b.apiId(apiId)
                .integrationType(IntegrationType.AWS_PROXY).integrationUri(FUNCTION).payloadFormatVersion("2.0")
                .timeoutInMillis(40000)));
        BadRequestException websocket = assertThrows(BadRequestException.class, () -> api().createApi(b -> b.name("ws")
                .protocolType(ProtocolType.WEBSOCKET).routeSelectionExpression("$request.body.action")));
        assertTrue(websocket.getMessage().contains("WebSocket"), websocket.getMessage());
        BadRequestException jwt = assertThrows(BadRequestException.class, () -> api().createRoute(b -> b.apiId(apiId)
                .routeKey("GET /secret").authorizationType("JWT").authorizerId("abc123")));
        assertTrue(jwt.getMessage().contains("authorizerId"), jwt.getMessage());
    }

    @Test
    void duplicateRouteKeysAndStageNamesConflict() {
        String apiId = httpApi("dupes");
        api().createRoute(b -> b.apiId(apiId).routeKey("GET /pets"));
        assertThrows(ConflictException.class, () -> api().createRoute(b -> b.apiId(apiId).routeKey("GET /pets")));
        api().createStage(b -> b.apiId(apiId).stageName("prod"));
        assertThrows(ConflictException.class, () -> api().createStage(b -> b.apiId(apiId).stageName("prod")));
    }

    @Test
    void getApisPagesWithMaxResultsAndNextToken() {
        for (int i = 0; i < 3; i++) {
            httpApi("page-" + i);
        }
        int total = api().getApis(b -> { }).items().size();
        var first = api().getApis(b -> b.maxResults("2"));
        assertEquals(2, first.items().size());
        var second = api().getApis(b -> b.maxResults("100").nextToken(first.nextToken()));
        assertEquals(total - 2, second.items().size());
        assertNull(second.nextToken());
    }

    @Test
    void deleteApiRemovesIt() {
        String apiId = httpApi("gone");
        api().deleteApi(b -> b.apiId(apiId));
        assertThrows(NotFoundException.class, () -> api().getApi(b -> b.apiId(apiId)));
    }
}
