package labrepl.cloud.http;

import static labrepl.cloud.http.EchoListener.LARGE;
import static labrepl.cloud.http.EchoListener.LARGE_BODY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exchanges on the wire: requests written byte for byte, answers read back as they come. */
class HttpListenerTest {

    private EchoListener listener;

    @BeforeEach
    void start() {
        listener = new EchoListener();
    }

    @AfterEach
    void stop() {
        listener.close();
    }

    @Test
    void requestsOnOneConnectionAreAnsweredInTurnUntilTheClientClosesIt() throws IOException {
        try (RawConnection connection = listener.connect()) {
            for (String path : List.of("/a", "/b", "/c")) {
                connection.send("GET " + path + " HTTP/1.1\r\nHost: h\r\n\r\n");
                RawConnection.Answer answer = connection.read();
                assertEquals(200, answer.status());
                assertEquals("GET " + path + " null  null", answer.text());
                assertNull(answer.header("Connection"));
            }
        }
        listener.assertNoWarnings();
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        String answers = listener.exchange("GET /a?x=1 HTTP/1.1\r\nHost: h\r\nX-Test: one\r\n\r\n"
                + "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "PUT /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n");

        int first = answers.indexOf("GET /a x=1  one");
        int second = answers.indexOf("POST /b null hello null");
        int third = answers.indexOf("PUT /c null abcde null");
        assertTrue(first > 0 && second > first && third > second, answers);
        assertTrue(answers.contains("Connection: close\r\n"), answers);
        assertEquals(3, answers.split("HTTP/1.1 200 OK\r\n", -1).length - 1);
        assertTrue(answers.contains("\r\nDate: "), answers);
    }

    @Test
    void headerValuesLoseTheirSurroundingWhitespaceAndFoldedLinesJoinWithASpace() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("GET /a HTTP/1.1\r\nHost: h\r\nx-test: \t one \t\r\n\r\n");
            assertEquals("GET /a null  one", connection.read().text());
            connection.send("GET /b HTTP/1.1\r\nX-TEST :two\r\n  three  \r\nHost: h\r\n\r\n");
            assertEquals("GET /b null  two three", connection.read().text());
        }
    }

    @Test
    void aHeaderLineWithoutANameIsABadRequest() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("GET /a HTTP/1.1\r\nHost: h\r\n: no name\r\n\r\n");
            assertEquals(400, connection.read().status());
        }
        try (RawConnection connection = listener.connect()) {
            connection.send("GET /a HTTP/1.1\r\nHost: h\r\nno colon\r\n\r\n");
            assertEquals(400, connection.read().status());
        }
    }

    @Test
    void aChunkedBodyMayEndWithTrailerFields() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("PUT /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "4\r\nwxyz\r\n0\r\nx-amz-checksum-crc32: AAAAAA==\r\n\r\n");
            assertEquals("PUT /c null wxyz null", connection.read().text());
            connection.send("GET /after HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals("GET /after null  null", connection.read().text());
        }
    }

    @Test
    void aHeadAnswerHasTheLengthOfItsBodyAndNoBody() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("HEAD /a HTTP/1.1\r\nHost: h\r\n\r\nGET /next HTTP/1.1\r\nHost: h\r\n\r\n");
            RawConnection.Answer head = connection.readHead();
            assertEquals(Integer.toString("HEAD /a null  null".length()), head.header("Content-Length"));
            assertEquals("GET /next null  null", connection.read().text(), "the next answer follows the head at once");
        }
    }

    @Test
    void aBodyOfUnknownLengthIsSentChunked() throws IOException {
        String answer = listener.exchange("GET /big HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");

        assertTrue(answer.contains("Transfer-Encoding: chunked\r\n"), answer);
        assertFalse(answer.contains("Content-Length"), answer);
        assertTrue(answer.endsWith("\r\n\r\n6\r\nabcdef\r\n0\r\n\r\n"), answer);
    }

    @Test
    void twentyMegabytesGoUpAndComeBackOnOneConnection() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("PUT /length HTTP/1.1\r\nHost: h\r\nContent-Length: " + LARGE + "\r\n\r\n");
            connection.out.write(LARGE_BODY);
            assertEquals(Integer.toString(LARGE), connection.read().text());

            connection.send("GET /large HTTP/1.1\r\nHost: h\r\n\r\n");
            RawConnection.Answer answer = connection.read();
            assertEquals(Integer.toString(LARGE), answer.header("Content-Length"));
            assertArrayEquals(LARGE_BODY, answer.body());
        }
    }

    @Test
    void aClientThatExpectsToContinueIsToldToWhenTheHandlerReadsTheBody() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("PUT /up HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
            assertEquals(100, connection.readHead().status());
            connection.send("ok");
            assertEquals("PUT /up null ok null", connection.read().text());
            connection.send("GET /after HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals("GET /after null  null", connection.read().text());
        }
    }

    /** What S3 does for a PUT it refuses: the answer without 100 Continue, so the client never sends the body. */
    @Test
    void aClientThatExpectsToContinueGetsARefusalWithoutSendingTheBody() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("PUT /refuse HTTP/1.1\r\nHost: h\r\nContent-Length: " + LARGE
                    + "\r\nExpect: 100-continue\r\n\r\n");
            RawConnection.Answer answer = connection.read();
            assertEquals(403, answer.status());
            assertEquals("close", answer.header("Connection"), "the body may still come, so the connection ends");
            assertEquals(-1, connection.in.read());
        }
    }

    @Test
    void aSmallBodyTheHandlerDidNotReadIsSkippedAndTheConnectionGoesOn() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("PUT /refuse HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhelloGET /after HTTP/1.1\r\n"
                    + "Host: h\r\n\r\n");
            assertEquals(403, connection.read().status());
            assertEquals("GET /after null  null", connection.read().text());
        }
    }

    /** The listener reads what is left before it closes, so the client's write ends and it reads the answer. */
    @Test
    void aLargeBodyTheHandlerDidNotReadStillLetsTheClientReadTheAnswer() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("PUT /refuse HTTP/1.1\r\nHost: h\r\nContent-Length: " + LARGE + "\r\n\r\n");
            connection.out.write(LARGE_BODY);
            connection.out.flush();
            RawConnection.Answer answer = connection.read();
            assertEquals(403, answer.status());
            assertEquals("close", answer.header("Connection"));
        }
        listener.assertNoWarnings();
    }

    @Test
    void connectionCloseEndsTheConnectionAfterTheAnswer() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("GET /a HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
            assertEquals("close", connection.read().header("Connection"));
            assertEquals(-1, connection.in.read());
        }
    }

    @Test
    void anHttp10ClientGetsOneAnswerAndTheConnectionCloses() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("GET /old HTTP/1.0\r\n\r\n");
            assertEquals("GET /old null  null", connection.read().text());
            assertEquals(-1, connection.in.read());
        }
    }

    @Test
    void anHttp10ClientThatAsksToKeepAliveIsToldItIsKept() throws IOException {
        try (RawConnection connection = listener.connect()) {
            connection.send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertEquals("keep-alive", connection.read().header("Connection"));
            connection.send("GET /again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertEquals("GET /again null  null", connection.read().text());
        }
    }

    /** HTTP/1.0 has no chunked coding: a body of unknown length ends where the connection does. */
    @Test
    void anHttp10ClientGetsABodyOfUnknownLengthUntilTheConnectionCloses() throws IOException {
        String answer = listener.exchange("GET /big HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");

        assertFalse(answer.contains("Transfer-Encoding"), answer);
        assertTrue(answer.contains("Connection: close\r\n"), answer);
        assertTrue(answer.endsWith("\r\n\r\nabcdef"), answer);
    }

    @Test
    void aBugIsA500AndTheConnectionGoesOn() throws IOException {
        String answers = listener.exchange("GET /boom HTTP/1.1\r\nHost: h\r\n\r\nGET /after HTTP/1.1\r\nHost: h\r\n"
                + "Connection: close\r\n\r\n");

        assertTrue(answers.startsWith("HTTP/1.1 500 Internal Server Error\r\n"), answers);
        assertTrue(answers.contains("GET /after null"), answers);
    }
}
