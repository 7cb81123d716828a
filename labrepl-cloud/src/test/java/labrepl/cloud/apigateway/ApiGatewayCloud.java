package labrepl.cloud.apigateway;

import java.io.IOException;
import java.util.Map;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.lambda.LambdaInvoker;
import labrepl.cloud.s3.PlainHttp;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;

/**
 * One in-memory local cloud shared by a test class, with an API Gateway v2 client and, unless
 * told otherwise, a {@link ScriptedLambda} in place of the Lambda service:
 * {@code @RegisterExtension static final ApiGatewayCloud CLOUD = new ApiGatewayCloud();}.
 */
public final class ApiGatewayCloud implements BeforeAllCallback, AfterAllCallback {

    private final ScriptedLambda lambda = new ScriptedLambda();
    private TestCloud cloud;
    private ApiGatewayV2Client client;

    @Override
    public void beforeAll(ExtensionContext context) {
        cloud = TestCloud.inMemory();
        cloud.cloud().registry().provide(LambdaInvoker.class, lambda);
        client = ApiGatewayV2Client.builder()
                .endpointOverride(cloud.endpoint())
                .region(Region.of(TestCloud.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        cloud.close();
    }

    public ApiGatewayV2Client client() {
        return client;
    }

    public ScriptedLambda lambda() {
        return lambda;
    }

    public TestCloud cloud() {
        return cloud;
    }

    public int port() {
        return cloud.cloud().port();
    }

    /** A call of an API at its invoke URL's host, as a browser makes it. */
    public PlainHttp.Response call(String apiId, String method, String target, Map<String, String> headers,
                                   byte[] body) throws IOException {
        return PlainHttp.send(port(), method, apiId + ".execute-api.localhost:" + port(), target, headers, body);
    }

    public PlainHttp.Response get(String apiId, String target) throws IOException {
        return call(apiId, "GET", target, Map.of(), null);
    }
}
