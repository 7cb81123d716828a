package labrepl.cloud.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import labrepl.cloud.junit.ClassCloud;
import labrepl.cloud.junit.TestCloud;
import labrepl.cloud.junit.WithLocalCloud;
import org.junit.jupiter.api.Test;

/** The wire protocol below the SDK: what raw HTTP requests get back. */
@WithLocalCloud
class DynamoDbProtocolTest {

    @ClassCloud
    static URI endpoint;
    @ClassCloud
    static TestCloud cloud;

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
            request.header("Authorization", authorization).header("X-Amz-Date", "20240101T000000Z");
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

    /** What came back from a request written byte for byte: the status line's code, the header block and the body. */
    private record Raw(int status, String head, String body) {
        boolean hasHeader(String line) {
            return head.toLowerCase(java.util.Locale.ROOT).contains("\r\n" + line.toLowerCase(java.util.Locale.ROOT) + "\r\n");
        }
    }

    /** Sends one request with the Host and headers given (which the JDK's client will not set) and reads the answer. */
    private static Raw raw(String method, String host, String headers, byte[] body) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " / HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "Content-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            return new Raw(Integer.parseInt(text.substring(9, 12)), text.substring(0, split + 2), text.substring(split + 4));
        }
    }

    private static String dynamoDbHost() {
        return "dynamodb." + cloud.region() + ".amazonaws.com";
    }

    @Test
    void dynamoDbsHostNameReachesDynamoDbWhateverTheRequest() throws Exception {
        Raw health = raw("GET", dynamoDbHost(), "", new byte[0]);
        assertEquals(200, health.status());
        assertEquals("healthy: " + dynamoDbHost() + " ", health.body());

        Raw put = raw("PUT", dynamoDbHost() + ":443", "", new byte[0]);
        assertEquals(404, put.status());
        assertEquals("<UnknownOperationException/>\n", put.body());

        Raw untargeted = raw("POST", "dynamodb.localhost", "Content-Type: application/json\r\n", "{}".getBytes());
        assertEquals(400, untargeted.status());
        assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", untargeted.body());
    }

    @Test
    void everyAnswerCarriesDynamoDbsServerAndConnectionHeaders() throws Exception {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.getOutputStream().write(("POST / HTTP/1.1\r\nHost: " + dynamoDbHost() + "\r\nX-Amz-Target: "
                    + "DynamoDB_20120810.ListTables\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 2"
                    + "\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            InputStream in = socket.getInputStream();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            Raw answer = new Raw(Integer.parseInt(head.substring(9, 12)), head.toString(), "");
            assertTrue(answer.hasHeader("Server: Server"), answer.head());
            assertTrue(answer.hasHeader("Connection: keep-alive"), answer.head());
        }
    }

    @Test
    void aRequestSignedForDynamoDbWithoutATargetIsAnUnknownOperation() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("Authorization", SIGNED).header("X-Amz-Date", "20240101T000000Z").header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertEquals("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}", response.body());
    }

    @Test
    void signaturesAreCheckedForTheirPartsInDynamoDbsWords() throws Exception {
        String target = "X-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Type: application/json\r\n";
        Raw bare = raw("POST", dynamoDbHost(), target + "Authorization: AWS4-\r\n", "{}".getBytes());
        assertEquals("{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\",\"message\":"
                + "\"Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' "
                + "parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires "
                + "existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-\"}", bare.body());

        HttpResponse<String> both = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/?X-Amz-Algorithm"))
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables").header("Authorization", SIGNED).header("X-Amz-Date", "20240101T000000Z")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(both.body().contains("InvalidSignatureException"), both.body());

        HttpResponse<String> presigned = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint
                        + "/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=k%2F20240101%2Fus-west-2%2Fdynamodb%2F"
                        + "aws4_request&X-Amz-Date=20240101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=0"))
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, presigned.statusCode(), presigned.body());
    }

    @Test
    void browsersGetDynamoDbsCorsAnswers() throws Exception {
        Raw preflight = raw("OPTIONS", "127.0.0.1", "Origin: http://localhost:3000\r\n"
                + "Access-Control-Request-Method: POST\r\n"
                + "Access-Control-Request-Headers: content-type, x-amz-target, authorization\r\n", new byte[0]);
        assertEquals(200, preflight.status());
        assertTrue(preflight.hasHeader("Access-Control-Allow-Origin: *"), preflight.head());
        assertTrue(preflight.hasHeader("Access-Control-Allow-Headers: content-type, x-amz-target, authorization"));
        assertTrue(preflight.hasHeader("Access-Control-Allow-Methods: POST"), preflight.head());
        assertTrue(preflight.hasHeader("Access-Control-Max-Age: 172800"), preflight.head());

        HttpResponse<byte[]> call = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables").header("Authorization", SIGNED).header("X-Amz-Date", "20240101T000000Z")
                .header("Origin", "http://localhost:3000").header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("*", call.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void aGzippedBodyIsUnpacked() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write("{\"Limit\":1}".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/"))
                .header("X-Amz-Target", "DynamoDB_20120810.ListTables").header("Authorization", SIGNED).header("X-Amz-Date", "20240101T000000Z")
                .header("Content-Type", "application/x-amz-json-1.0").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(packed.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void aBodyAboveSixteenMegabytesIsRefusedWithA413() throws Exception {
        byte[] body = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        Raw tooLarge = raw("POST", dynamoDbHost(), "", body);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.hasHeader("Transfer-Encoding: chunked"), tooLarge.head());

        Raw justBelow = raw("POST", dynamoDbHost(), "", java.util.Arrays.copyOf(body, body.length - 1));
        assertEquals(404, justBelow.status());
        assertFalse(justBelow.hasHeader("Transfer-Encoding: chunked"));
    }
}
