package labrepl.cloud;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An HTTP 500 from the local cloud is always a bug. These tests replay every request shape the
 * project's suites and fuzzers have produced and fail on any 5xx answer.
 *
 * <p>{@code dynamodb-request-shapes.jsonl.gz} holds one JSON line {"op", "body"} per distinct
 * DynamoDB request that the reference suite of mhart/dynalite sent in a run against {@code serve}
 * (requests only, as facts about what clients send; its helper tables renamed by key schema, e.g.
 * {@code range-S-N}, and other generated table names renamed {@code table-N}), replayed in the
 * order they were first sent.
 */
class NoServerErrorTest {

    private static final String SIGNED = "AWS4-HMAC-SHA256 Credential=replay/20240101/us-east-1/%s/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=0000";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static TestCloud cloud;

    @BeforeAll
    static void start() {
        cloud = TestCloud.inMemory("us-east-1");
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @Test
    void everyDynamoDbRequestOfTheReferenceSuiteGetsAnAnswerThatIsNotAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        int replayed = 0;
        for (JsonObject shape : shapes("dynamodb-request-shapes.jsonl.gz")) {
            String operation = shape.get("op").getAsString();
            String body = shape.get("body").getAsString();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(cloud.endpoint())
                    .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("Authorization", SIGNED.formatted("dynamodb")).header("X-Amz-Date", "20240101T000000Z")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            replayed++;
            if (answer.statusCode() >= 500) {
                failures.add(operation + " " + body + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertTrue(replayed > 5000, "only " + replayed + " shapes replayed");
        assertTrue(failures.isEmpty(), () -> failures.size() + " server errors, first: " + failures.get(0));
    }

    @Test
    void oddHeadersAreAnsweredWithoutAServerErrorByEveryService() throws Exception {
        String longType = "application/x-amz-json-1.0; " + "x".repeat(60_000);
        List<Map<String, String>> oddities = List.of(
                Map.of("Content-Type", longType),
                Map.of("Content-Encoding", "garbage\u00ff"),
                Map.of("Content-Encoding", "gzip"),
                Map.of("Content-Encoding", "gzip, deflate, br"),
                Map.of("Content-Type", "text/plain; charset=nonsense-\u00e9"),
                Map.of("Content-Encoding", "aws-chunked", "x-amz-decoded-content-length", "nope"));
        List<String> failures = new ArrayList<>();
        for (Map<String, String> headers : oddities) {
            for (HttpRequest.Builder request : requestsOfEveryService()) {
                headers.forEach(request::setHeader);
                HttpResponse<String> answer = send(request);
                if (answer.statusCode() >= 500) {
                    failures.add(headers + " " + answer.request().method() + " " + answer.request().uri() + " -> "
                            + answer.statusCode() + " " + answer.body());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void malformedPercentEscapesInAQueryAreNotServerErrors() throws Exception {
        // The JDK's client refuses such a URI, so these are written on a socket as they are.
        List<String> requests = List.of(
                "POST /?Action=GetCallerIdentity%zz&Version=% HTTP/1.1\r\nAuthorization: " + SIGNED.formatted("sts"),
                "POST /?X-Amz-Algorithm=%zz HTTP/1.1\r\nX-Amz-Target: DynamoDB_20120810.ListTables",
                "GET /odd-bucket?prefix=%zz&delimiter=% HTTP/1.1\r\nAuthorization: " + SIGNED.formatted("s3")
                        + "\r\nx-amz-date: 20240101T000000Z\r\nx-amz-content-sha256: UNSIGNED-PAYLOAD");
        List<String> failures = new ArrayList<>();
        for (String request : requests) {
            try (Socket socket = new Socket(cloud.endpoint().getHost(), cloud.endpoint().getPort())) {
                socket.getOutputStream().write((request + "\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.ISO_8859_1)).readLine();
                if (statusLine == null || statusLine.startsWith("HTTP/1.1 5")) {
                    failures.add(request.lines().findFirst().orElseThrow() + " -> " + statusLine);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** One request each for DynamoDB, its streams, S3 (bucket, object, multipart) and website hosting, with a body. */
    private static List<HttpRequest.Builder> requestsOfEveryService() {
        URI endpoint = cloud.endpoint();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("{\"TableName\":\"t\"}");
        return List.of(
                HttpRequest.newBuilder(endpoint).header("X-Amz-Target", "DynamoDB_20120810.DescribeTable")
                        .header("Authorization", SIGNED.formatted("dynamodb"))
                        .header("X-Amz-Date", "20240101T000000Z").POST(body),
                HttpRequest.newBuilder(endpoint).header("X-Amz-Target", "DynamoDBStreams_20120810.ListStreams")
                        .header("Authorization", SIGNED.formatted("dynamodb"))
                        .header("X-Amz-Date", "20240101T000000Z").POST(body),
                s3(endpoint.resolve("/odd-bucket")).PUT(HttpRequest.BodyPublishers.noBody()),
                s3(endpoint.resolve("/odd-bucket/key")).PUT(body),
                s3(endpoint.resolve("/odd-bucket/key")).GET(),
                s3(endpoint.resolve("/odd-bucket/key?uploads")).POST(body),
                s3(endpoint.resolve("/odd-bucket?delete")).POST(body),
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.getPort() + "/index.html")).GET());
    }

    private static HttpRequest.Builder s3(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", SIGNED.formatted("s3"))
                .header("x-amz-content-sha256", "UNSIGNED-PAYLOAD").header("x-amz-date", "20240101T000000Z");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonObject> shapes(String resource) throws IOException {
        List<JsonObject> shapes = new ArrayList<>();
        try (InputStream stream = NoServerErrorTest.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(stream),
                     StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    shapes.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
        }
        return shapes;
    }
}
