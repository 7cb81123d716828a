package labrepl.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener on the wire: requests written byte for byte, answers read back as they come. */
class HttpListenerTest {

    private HttpListener listener;

    /** Answers every request with its method, path, query and body; {@code /boom} is a bug, {@code /big} chunked. */
    @BeforeEach
    void start() {
        listener = HttpListener.bind(0, "listener-test");
        listener.start(request -> {
            if (request.rawPath().equals("/boom")) {
                throw new IllegalStateException("a bug");
            }
            if (request.rawPath().equals("/big")) {
                return CloudResponse.stream(200, CloudResponse.UNKNOWN_LENGTH,
                        () -> new java.io.ByteArrayInputStream("abcdef".getBytes(StandardCharsets.UTF_8)));
            }
            String body = new String(request.body().readAllBytes(), StandardCharsets.UTF_8);
            return CloudResponse.text(200, "text/plain", request.method() + " " + request.rawPath() + " "
                    + request.rawQuery() + " " + body + " " + request.header("X-Test"));
        });
    }

    @AfterEach
    void stop() {
        listener.close();
    }

    /** Writes {@code requests} on one connection and reads until the listener closes it. */
    private String exchange(String requests) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", listener.port())) {
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void requestsOnOneConnectionAreAnsweredInTurnUntilTheClientClosesIt() throws IOException {
        String answers = exchange("GET /a?x=1 HTTP/1.1\r\nHost: h\r\nX-Test: one\r\n\r\n"
                + "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "PUT /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n");

        assertTrue(answers.contains("GET /a x=1  one"), answers);
        assertTrue(answers.contains("POST /b null hello null"), answers);
        assertTrue(answers.contains("PUT /c null abcde null"), answers);
        assertTrue(answers.contains("Connection: close\r\n"), answers);
        assertEquals(3, answers.split("HTTP/1.1 200 OK\r\n", -1).length - 1);
        assertTrue(answers.contains("\r\nDate: "), answers);
    }

    @Test
    void aHeadAnswerHasTheLengthOfItsBodyAndNoBody() throws IOException {
        String answer = exchange("HEAD /a HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");

        assertTrue(answer.contains("Content-Length: " + "HEAD /a null  null".length() + "\r\n"), answer);
        assertTrue(answer.endsWith("\r\n\r\n"), answer);
    }

    @Test
    void aBodyOfUnknownLengthIsSentChunked() throws IOException {
        String answer = exchange("GET /big HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");

        assertTrue(answer.contains("Transfer-Encoding: chunked\r\n"), answer);
        assertTrue(answer.endsWith("\r\n\r\n6\r\nabcdef\r\n0\r\n\r\n"), answer);
    }

    @Test
    void aClientThatExpectsToContinueIsToldToBeforeItSendsTheBody() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", listener.port())) {
            socket.getOutputStream().write(("PUT /up HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nExpect: 100-continue\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] interim = socket.getInputStream().readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write("ok".getBytes(StandardCharsets.ISO_8859_1));
            String rest = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(rest.contains("PUT /up null ok null"), rest);
        }
    }

    @Test
    void aBugIsA500AndTheConnectionGoesOn() throws IOException {
        String answers = exchange("GET /boom HTTP/1.1\r\nHost: h\r\n\r\nGET /after HTTP/1.1\r\nHost: h\r\n"
                + "Connection: close\r\n\r\n");

        assertTrue(answers.startsWith("HTTP/1.1 500 Internal Server Error\r\n"), answers);
        assertTrue(answers.contains("GET /after null"), answers);
    }

    @Test
    void malformedRequestsAreRefusedWithoutReachingTheHandler() throws IOException {
        assertTrue(exchange("NONSENSE\r\n\r\n").startsWith("HTTP/1.1 400 Bad Request\r\n"));
        assertTrue(exchange("POST /x HTTP/1.1\r\nContent-Length: many\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(exchange("GET /x HTTP/1.1\r\nX: " + "y".repeat(HttpRequestReader.MAX_HEAD_BYTES) + "\r\n\r\n")
                .startsWith("HTTP/1.1 431 "));
        String longButAllowed = exchange("GET /x HTTP/1.1\r\nX-Test: " + "y".repeat(60_000) + "\r\nConnection: close\r\n\r\n");
        assertTrue(longButAllowed.startsWith("HTTP/1.1 200 OK\r\n"), longButAllowed.substring(0, 40));
    }

    @Test
    void closingTheListenerClosesIdleConnections() throws IOException {
        try (Socket idle = new Socket("127.0.0.1", listener.port())) {
            idle.getOutputStream().write("GET /a HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            byte[] first = new byte[12];
            assertEquals(12, idle.getInputStream().readNBytes(first, 0, 12));
            listener.close();
            idle.setSoTimeout(5000);
            String rest = new String(idle.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertFalse(rest.contains("HTTP/1.1 200"), "no second answer: " + rest);
        }
    }
}
