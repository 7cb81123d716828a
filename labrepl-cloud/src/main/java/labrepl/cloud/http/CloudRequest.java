package labrepl.cloud.http;

import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;

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

    /** The Host header's name in lower case, without its port; "" when there is none. */
    public String hostName() {
        String host = header("Host");
        if (host == null) {
            return "";
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        return host.strip().toLowerCase(Locale.ROOT);
    }

    /** The path and query as sent, e.g. {@code /bucket/key?list-type=2}. */
    public String rawTarget() {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    /**
     * The service a SigV4 signature is scoped to ({@code Credential=KEY/DATE/REGION/SERVICE/aws4_request}),
     * in the Authorization header or a presigned query, or null for an unsigned request. AWS
     * routes on this, and so does the local cloud.
     */
    public String signedService() {
        String authorization = header("Authorization");
        String credential;
        if (authorization != null && authorization.startsWith("AWS4-")) {
            int start = authorization.indexOf("Credential=");
            if (start < 0) {
                return null;
            }
            int end = authorization.indexOf(',', start);
            credential = authorization.substring(start + "Credential=".length(), end < 0 ? authorization.length() : end);
        } else {
            credential = PercentCoding.parseQuery(rawQuery).get("X-Amz-Credential");
            if (credential == null) {
                return null;
            }
        }
        String[] scope = credential.strip().split("/");
        return scope.length == 5 && scope[4].equals("aws4_request") ? scope[3] : null;
    }
}
