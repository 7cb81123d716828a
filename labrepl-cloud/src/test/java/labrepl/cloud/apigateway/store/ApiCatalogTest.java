package labrepl.cloud.apigateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.ProtocolType;

/** HTTP APIs survive a restart of the local cloud on a data folder, routes, stages and CORS with them. */
class ApiCatalogTest {

    private static ApiGatewayV2Client client(TestCloud cloud) {
        return ApiGatewayV2Client.builder().endpointOverride(cloud.endpoint()).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build();
    }

    @Test
    void anApiWithItsRoutesStagesAndCorsIsThereAfterARestart(@TempDir Path data) {
        String apiId;
        String deploymentId;
        try (TestCloud cloud = TestCloud.persistent(data); ApiGatewayV2Client client = client(cloud)) {
            apiId = client.createApi(b -> b.name("customer-app").protocolType(ProtocolType.HTTP)
                    .target("arn:aws:lambda:us-west-2:000000000000:function:ListCustomers")
                    .routeKey("GET /ListCustomers").corsConfiguration(c -> c.allowOrigins("*"))).apiId();
            deploymentId = client.getStage(b -> b.apiId(apiId).stageName("$default")).deploymentId();
        }
        try (TestCloud cloud = TestCloud.persistent(data); ApiGatewayV2Client client = client(cloud)) {
            assertEquals("customer-app", client.getApi(b -> b.apiId(apiId)).name());
            assertEquals("GET /ListCustomers", client.getRoutes(b -> b.apiId(apiId)).items().get(0).routeKey());
            assertEquals(deploymentId, client.getStage(b -> b.apiId(apiId).stageName("$default")).deploymentId());
            assertTrue(client.getApi(b -> b.apiId(apiId)).corsConfiguration().allowOrigins().contains("*"));
        }
    }
}
