package labrepl.cloud.dynamodb.shape;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * DynamoDB requests written as JSON text and sent as they are: the SDK validates nothing on the
 * client, so what a hand-written body gets back is what a learner sees.
 */
final class RawDynamoDb {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An answer: status, error type (after the {@code #}) and message, or the body of a success. */
    record Answer(int status, String type, String message, JsonObject body) {
    }

    private RawDynamoDb() {
    }

    static Answer send(URI endpoint, String operation, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=k/20240101/us-west-2/dynamodb/aws4_request, "
                        + "SignedHeaders=host, Signature=0")
                .header("X-Amz-Date", "20240101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        if (response.statusCode() == 200) {
            return new Answer(200, null, null, body);
        }
        String type = body.get("__type").getAsString();
        String message = body.has("message") ? body.get("message").getAsString()
                : body.has("Message") ? body.get("Message").getAsString() : null;
        return new Answer(response.statusCode(), type.substring(type.indexOf('#') + 1), message, body);
    }
}
