package labrepl.cloud.s3.protocol;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** The two date shapes S3 uses: HTTP dates in headers, ISO 8601 with milliseconds in XML. */
public final class HttpDates {

    private static final DateTimeFormatter HTTP = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HTTP_OUT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /** {@code Wed, 28 Feb 2024 23:08:52 GMT}: Last-Modified and friends; HTTP dates have whole seconds. */
    public static String http(Instant instant) {
        return HTTP_OUT.format(instant);
    }

    /** {@code 2024-02-28T23:08:52.123Z}: LastModified, CreationDate and Initiated in XML. */
    public static String iso(Instant instant) {
        return ISO.format(instant);
    }

    /** An HTTP date from a header; empty when it does not parse, since S3 then ignores the header. */
    public static Optional<Instant> parseHttp(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(HTTP.parse(value.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Comparisons with HTTP dates happen at the precision HTTP dates have. */
    public static Instant toSeconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
