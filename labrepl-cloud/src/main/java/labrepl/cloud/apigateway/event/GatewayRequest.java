package labrepl.cloud.apigateway.event;

import java.time.Instant;
import java.util.Map;
import labrepl.cloud.http.HttpHeaders;

/**
 * A call of an HTTP API once its stage and route are known: everything either payload format's
 * event is made of.
 *
 * @param rawPath the path as the client sent it, stage segment included, percent-encoded
 * @param rawQuery the query string as sent, without {@code ?}; empty when there is none
 * @param body the request body; empty when there is none
 * @param routeKey the chosen route's key ({@code GET /pets/{id}} or {@code $default})
 * @param resourcePath the route's path ({@code /pets/{id}}), or {@code $default}
 * @param pathParameters what the route's variables captured, decoded; empty when none
 */
public record GatewayRequest(String method, String rawPath, String rawQuery, HttpHeaders headers, byte[] body,
                             String sourceIp, int port, Instant received, String requestId, String accountId,
                             String apiId, String domainName, String stage, String routeKey, String resourcePath,
                             Map<String, String> pathParameters, Map<String, String> stageVariables) {

    public String userAgent() {
        String agent = headers.first("User-Agent");
        return agent == null ? "" : agent;
    }
}
