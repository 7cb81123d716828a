package labrepl.cloud.s3.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.s3.protocol.HttpDates;
import labrepl.cloud.s3.protocol.S3Error;

/**
 * Tells a signed request from an anonymous one. The local cloud accepts any credentials
 * and does not verify signatures, but a request must still be shaped as SigV4 (or SigV2)
 * signs it, and a presigned URL still expires: learners meet the same errors as on AWS
 * for a malformed header or an old link.
 */
public final class RequestAuthenticator {

    private static final String SIGV4 = "AWS4-HMAC-SHA256";
    private static final Pattern SIGV4_HEADER = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^,\\s]+),\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-fA-F]+)\\s*");
    private static final Pattern CREDENTIAL = Pattern.compile("[^/]+/\\d{8}/[^/]+/[^/]+/aws4_request");
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final long MAX_PRESIGNED_SECONDS = Duration.ofDays(7).toSeconds();

    private final String accountId;
    private final Clock clock;

    public RequestAuthenticator(String accountId, Clock clock) {
        this.accountId = accountId;
        this.clock = clock;
    }

    /**
     * The principal a request speaks for.
     *
     * @throws S3Error when the request carries credentials in a shape S3 refuses
     */
    public Principal authenticate(HttpHeaders headers, Map<String, String> query) {
        String authorization = headers.first("Authorization");
        boolean presignedV4 = query.containsKey("X-Amz-Algorithm") || query.containsKey("X-Amz-Credential");
        boolean presignedV2 = query.containsKey("AWSAccessKeyId") && query.containsKey("Signature");
        if (authorization != null && (presignedV4 || presignedV2)) {
            throw S3Error.invalidArgument("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter,"
                    + " Signature query string parameter or the Authorization header should be specified",
                    "Authorization", authorization);
        }
        if (authorization != null) {
            checkHeader(authorization, headers);
            return Principal.account(accountId, "REST-HEADER");
        }
        if (presignedV4) {
            checkPresignedV4(query);
            return Principal.account(accountId, "REST-QUERY-STRING");
        }
        if (presignedV2) {
            checkPresignedV2(query);
            return Principal.account(accountId, "REST-QUERY-STRING");
        }
        return Principal.ANONYMOUS;
    }

    private static void checkHeader(String authorization, HttpHeaders headers) {
        String value = authorization.strip();
        if (value.startsWith(SIGV4)) {
            Matcher matcher = SIGV4_HEADER.matcher(value);
            if (!matcher.matches()) {
                throw new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed;"
                        + " the authorization header requires three components: Credential, SignedHeaders, and"
                        + " Signature.");
            }
            if (!CREDENTIAL.matcher(matcher.group(1)).matches()) {
                throw new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed;"
                        + " the Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
            }
            if (headers.first("x-amz-content-sha256") == null) {
                throw S3Error.invalidRequest("Missing required header for this request: x-amz-content-sha256");
            }
            return;
        }
        if (value.startsWith("AWS ") && value.indexOf(':') > 4) {
            return; // Signature Version 2, still sent by some old tools
        }
        throw S3Error.invalidArgument("Unsupported Authorization Type", "Authorization", authorization);
    }

    private void checkPresignedV4(Map<String, String> query) {
        if (!SIGV4.equals(query.get("X-Amz-Algorithm"))) {
            throw S3Error.invalidArgument("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"", "X-Amz-Algorithm",
                    query.get("X-Amz-Algorithm"));
        }
        for (String required : new String[] {"X-Amz-Credential", "X-Amz-Signature", "X-Amz-Date", "X-Amz-SignedHeaders"}) {
            if (!query.containsKey(required)) {
                throw new S3Error(400, "AuthorizationQueryParametersError", "Query-string authentication version 4"
                        + " requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date,"
                        + " X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
            }
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(query.get("X-Amz-Date")));
        } catch (DateTimeParseException e) {
            throw new S3Error(400, "AuthorizationQueryParametersError",
                    "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
        }
        long expires = parseExpires(query.get("X-Amz-Expires"));
        Instant expiry = signedAt.plusSeconds(expires);
        Instant now = clock.instant();
        if (now.isAfter(expiry)) {
            throw S3Error.accessDenied("Request has expired")
                    .with("X-Amz-Expires", Long.toString(expires))
                    .with("Expires", HttpDates.iso(expiry))
                    .with("ServerTime", HttpDates.iso(now));
        }
    }

    private static long parseExpires(String value) {
        if (value == null) {
            throw new S3Error(400, "AuthorizationQueryParametersError", "Query-string authentication version 4"
                    + " requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date,"
                    + " X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 0) {
                throw new S3Error(400, "AuthorizationQueryParametersError",
                        "X-Amz-Expires must be non-negative");
            }
            if (seconds > MAX_PRESIGNED_SECONDS) {
                throw new S3Error(400, "AuthorizationQueryParametersError",
                        "X-Amz-Expires must be less than a week (in seconds) that is 604800");
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new S3Error(400, "AuthorizationQueryParametersError", "X-Amz-Expires should be a number");
        }
    }

    private void checkPresignedV2(Map<String, String> query) {
        String expires = query.get("Expires");
        if (expires == null) {
            return;
        }
        try {
            Instant expiry = Instant.ofEpochSecond(Long.parseLong(expires));
            Instant now = clock.instant();
            if (now.isAfter(expiry)) {
                throw S3Error.accessDenied("Request has expired")
                        .with("Expires", HttpDates.iso(expiry))
                        .with("ServerTime", HttpDates.iso(now));
            }
        } catch (NumberFormatException e) {
            throw S3Error.invalidArgument("Expires must be a number of seconds since the epoch", "Expires", expires);
        }
    }
}
