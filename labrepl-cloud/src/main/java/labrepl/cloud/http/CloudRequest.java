package labrepl.cloud.http;

import java.io.InputStream;
import java.time.Instant;

/**
 * One request as the listener received it: the request line, the header fields, the body as a
 * stream read at most once, and where it came from. Services see only this, so they can be
 * tested without sockets and the listener can change without touching them.
 *
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, without {@code ?}; null when there is none
 * @param localPort the listener's port, for addresses a service builds (website endpoints)
 */
public record CloudRequest(String method, String rawPath, String rawQuery, HttpHeaders headers, InputStream body,
                           String sourceIp, int localPort, Instant received) {

    public String header(String name) {
        return headers.first(name);
    }

    /** The path and query as sent, e.g. {@code /bucket/key?list-type=2}. */
    public String rawTarget() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /**
     * The service a SigV4 signature is scoped to ({@code Credential=KEY/DATE/REGION/SERVICE/aws4_request}),
     * or null for an unsigned request. AWS routes on this, and so does the local cloud.
     */
    public String signedService() {
        String authorization = header("Authorization");
        if (authorization == null || !authorization.startsWith("AWS4-")) {
            return null;
        }
        int credential = authorization.indexOf("Credential=");
        if (credential < 0) {
            return null;
        }
        int end = authorization.indexOf(',', credential);
        String[] scope = authorization.substring(credential + "Credential=".length(),
                end < 0 ? authorization.length() : end).strip().split("/");
        return scope.length == 5 && scope[4].equals("aws4_request") ? scope[3] : null;
    }
}
