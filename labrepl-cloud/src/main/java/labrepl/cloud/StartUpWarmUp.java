package labrepl.cloud;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads, on a second core while the local cloud starts, what its first answer would otherwise
 * wait for: the JDK's HTTP server writes a Date header whose zone name pulls in the locale data
 * (a good part of {@code serve}'s time to its first answer; bench/RESULTS.md has the figures).
 */
final class StartUpWarmUp {

    private static final AtomicBoolean BEGUN = new AtomicBoolean();

    private StartUpWarmUp() {
    }

    /** Once per JVM: what it loads stays loaded for every later local cloud. */
    static void begin() {
        if (BEGUN.getAndSet(true)) {
            return;
        }
        Thread thread = new Thread(StartUpWarmUp::formatLikeTheHttpServer, "local-cloud-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The pattern of sun.net.httpserver.ExchangeImpl's Date header. */
    private static void formatLikeTheHttpServer() {
        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US).withZone(ZoneId.of("GMT"))
                .format(Instant.now());
    }
}
