package labrepl.cloud;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends each request on the shared listener to the first service that claims it. */
final class Router implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final List<CloudService> services;

    Router(List<CloudService> services) {
        this.services = List.copyOf(services);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            for (CloudService service : services) {
                if (service.accepts(exchange)) {
                    service.handle(exchange);
                    return;
                }
            }
            reply(exchange, 400, "No local service answers " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI() + "\n");
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            // A service lets an exception escape only on a bug; keep the listener alive and say so.
            LOG.log(Level.WARNING, "Unhandled error for " + exchange.getRequestURI(), e);
            reply(exchange, 500, "Internal error in the local cloud: " + e + "\n");
        }
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        try {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException | IllegalStateException alreadyAnswered) {
            // The service had already started its response; nothing more can be said on this exchange.
        }
    }
}
