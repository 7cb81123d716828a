package labrepl.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/** LabREPL names each service's endpoint variable and option as the AWS SDK for Java does. */
class AwsServiceTest {

    @Test
    void eachClientsServiceReadsTheVariableTheSdkReads() throws IOException {
        for (Class<?> client : List.of(DynamoDbClient.class, S3Client.class, StsClient.class, LambdaClient.class,
                ApiGatewayV2Client.class)) {
            AwsService service = AwsService.ofClient(client).orElseThrow(() -> new AssertionError(client.getName()));
            // The SDK's generated builder holds the name of the variable it reads for this client.
            String builder = "/" + client.getPackageName().replace('.', '/') + "/Default"
                    + client.getSimpleName().replaceFirst("Client$", "") + "BaseClientBuilder.class";
            try (InputStream in = client.getResourceAsStream(builder)) {
                String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(constants.matches("(?s).*" + service.environmentVariable() + "[^A-Z0-9_].*"),
                        client.getSimpleName() + " reads " + service.environmentVariable());
            }
        }
    }

    @Test
    void optionsAreTheVariablesNameInLowerCaseWithDashes() {
        assertEquals("cloudwatch-logs", AwsService.CLOUDWATCH_LOGS.optionName());
        assertEquals("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", AwsService.CLOUDWATCH_LOGS.environmentVariable());
        assertEquals(Optional.of(AwsService.CLOUDWATCH_LOGS), AwsService.ofOptionName("cloudwatch-logs"));
        assertEquals(Optional.of(AwsService.CLOUDWATCH_LOGS), AwsService.ofSdkName("CloudWatchLogs"));
        assertEquals(Optional.empty(), AwsService.ofSdkName("Kinesis"));
    }
}
