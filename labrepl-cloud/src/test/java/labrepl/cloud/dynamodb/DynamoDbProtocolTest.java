package labrepl.cloud.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;

/** The wire protocol below the SDK: what raw HTTP requests get back. */
@WithLocalCloud
class DynamoDbProtocolTest {

    @ClassCloud
    static URI endpoint;

    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=test-key/20240101/us-west-2/dynamodb/aws4_request, "
            + "SignedHeaders=host, Signature=abc";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> post(String target, String authorization, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("X-Amz-Target", "DynamoDB_20120810." + target)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<byte[]> response) {
        return JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void aRequestWithoutAuthorizationIsMissingAuthenticationToken() throws Exception {
        HttpResponse<byte[]> response = post("ListTables", null, "application/x-amz-json-1.0", "{}");

        assertEquals(400, response.statusCode());
        assertEquals("com.amazon.coral.service#MissingAuthenticationTokenException", json(response).get("__type").getAsString());
        assertEquals("Request is missing Authentication Token", json(response).get("message").getAsString());
    }

    @Test
    void anAuthorizationThatIsNotSigV4IsMissingAuthenticationToken() throws Exception {
        HttpResponse<byte[]> response = post("ListTables", "Basic abc", "application/x-amz-json-1.0", "{}");

        assertEquals("com.amazon.coral.service#MissingAuthenticationTokenException", json(response).get("__type").getAsString());
    }

    @Test
    void malformedJsonIsASerializationExceptionWithoutMessage() throws Exception {
        HttpResponse<byte[]> response = post("ListTables", SIGNED, "application/x-amz-json-1.0", "{not json");

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\"}",
                new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsReadStrictly() throws Exception {
        for (String body : new String[] {"{TableName: 'abc'}", "{} {}", "[]"}) {
            HttpResponse<byte[]> response = post("ListTables", SIGNED, "application/x-amz-json-1.0", body);
            assertEquals("{\"__type\":\"com.amazon.coral.service#SerializationException\"}",
                    new String(response.body(), StandardCharsets.UTF_8), body);
        }
    }

    @Test
    void anEmptyBodyIsASerializationException() throws Exception {
        HttpResponse<byte[]> response = post("ListTables", SIGNED, "application/x-amz-json-1.0", "");

        assertEquals("com.amazon.coral.service#SerializationException", json(response).get("__type").getAsString());
    }

    @Test
    void aMemberOfTheWrongJsonTypeIsASerializationExceptionWithCapitalMessage() throws Exception {
        HttpResponse<byte[]> response = post("DescribeTable", SIGNED, "application/x-amz-json-1.0", "{\"TableName\":23}");

        assertEquals("NUMBER_VALUE cannot be converted to String", json(response).get("Message").getAsString());
    }

    @Test
    void anUnknownOperationIsUnknownOperationException() throws Exception {
        HttpResponse<byte[]> response = post("ListTable", SIGNED, "application/x-amz-json-1.0", "{}");

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}",
                new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aBodyOfAnotherContentTypeIsA404InXml() throws Exception {
        HttpResponse<byte[]> response = post("ListTables", SIGNED, "application/x-amz-json-1.1", "{}");

        assertEquals(404, response.statusCode());
        assertEquals("<UnknownOperationException/>\n", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("3552371480", response.headers().firstValue("x-amz-crc32").orElseThrow());
    }

    @Test
    void everyAnswerCarriesTheCrc32OfItsBodyAndARequestId() throws Exception {
        for (HttpResponse<byte[]> response : new HttpResponse[] {
                post("ListTables", SIGNED, "application/x-amz-json-1.0", "{}"),
                post("DescribeTable", SIGNED, "application/x-amz-json-1.0", "{\"TableName\":\"Nowhere\"}")}) {
            CRC32 crc = new CRC32();
            crc.update(response.body());
            assertEquals(Long.toString(crc.getValue()), response.headers().firstValue("x-amz-crc32").orElseThrow());
            assertTrue(response.headers().firstValue("x-amzn-RequestId").orElseThrow().matches("[0-9A-Z]{52}"));
        }
    }

    @Test
    void theAnswerUsesTheContentTypeOfTheRequest() throws Exception {
        HttpResponse<byte[]> response = post("ListTables", SIGNED, "application/json", "{}");

        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"TableNames\":[]}", new String(response.body(), StandardCharsets.UTF_8));
    }
}
