package labrepl.helpers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests as a page's script makes them: the method, the page's origin, and the answer's headers to read. */
class AnonymousWebTest {

    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] said = (exchange.getRequestMethod() + " " + exchange.getRequestURI() + " from "
                    + exchange.getRequestHeaders().getFirst("Origin") + " to " + exchange.getRequestHeaders()
                    .getFirst("Host")).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(200, said.length);
            exchange.getResponseBody().write(said);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRequestCarriesItsMethodAndThePagesOriginAndItsAnswerItsHeaders() throws Exception {
        int port = server.getAddress().getPort();

        WebPage answer = AnonymousWeb.request("post", URI.create("http://abc.execute-api.localhost:" + port
                + "/SaveCustomer?id=ABF126"), Optional.of("http://site.s3-website-us-west-2.localhost:" + port));

        assertEquals("POST /SaveCustomer?id=ABF126 from http://site.s3-website-us-west-2.localhost:" + port + " to"
                + " abc.execute-api.localhost:" + port, answer.body());
        assertEquals(Optional.of("*"), answer.header("access-control-allow-origin"), "header names ignore case");
        assertEquals(Optional.empty(), answer.header("X-Not-There"));
    }
}
