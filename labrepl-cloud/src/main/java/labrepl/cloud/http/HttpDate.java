package labrepl.cloud.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The Date header's value ({@code Sun, 06 Nov 1994 08:49:37 GMT}), formatted once a second
 * and without the locale data a formatter would load on the first answer.
 */
final class HttpDate {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** A second and its text, replaced together so that no thread reads one second's text for another. */
    private record Stamp(long second, String text) {
    }

    private static volatile Stamp last = new Stamp(-1, "");

    private HttpDate() {
    }

    static String now() {
        long current = System.currentTimeMillis() / 1000;
        Stamp stamp = last;
        if (stamp.second() != current) {
            OffsetDateTime time = Instant.ofEpochSecond(current).atOffset(ZoneOffset.UTC);
            stamp = new Stamp(current, DAYS[time.getDayOfWeek().getValue() - 1] + ", " + twoDigits(time.getDayOfMonth())
                    + " " + MONTHS[time.getMonthValue() - 1] + " " + time.getYear() + " " + twoDigits(time.getHour())
                    + ":" + twoDigits(time.getMinute()) + ":" + twoDigits(time.getSecond()) + " GMT");
            last = stamp;
        }
        return stamp.text();
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
