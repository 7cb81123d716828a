package labrepl.cloud.apigateway.response;

import java.nio.charset.StandardCharsets;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.HttpHeaders;

/**
 * What an HTTP API answers a client: the function's response once mapped, or one of the
 * gateway's own error answers ({@code {"message":"Not Found"}} and the like).
 */
public record GatewayAnswer(int status, HttpHeaders headers, byte[] body) {

    public static GatewayAnswer notFound() {
        return message(404, "Not Found");
    }

    public static GatewayAnswer internalError() {
        return message(500, "Internal Server Error");
    }

    public static GatewayAnswer serviceUnavailable() {
        return message(503, "Service Unavailable");
    }

    public static GatewayAnswer tooLarge() {
        return message(413, "Request Entity Too Large");
    }

    public static GatewayAnswer forbidden() {
        return message(403, "Forbidden");
    }

    private static GatewayAnswer message(int status, String message) {
        HttpHeaders headers = new HttpHeaders().set("Content-Type", "application/json");
        return new GatewayAnswer(status, headers, ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    public CloudResponse toResponse() {
        CloudResponse response = body.length == 0 ? CloudResponse.status(status)
                : CloudResponse.bytes(status, headers.first("Content-Type"), body);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") || body.length == 0) {
                values.forEach(value -> response.headers().add(name, value));
            }
        });
        return response;
    }
}
