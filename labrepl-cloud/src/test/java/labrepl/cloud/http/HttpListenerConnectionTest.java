package labrepl.cloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the listener refuses, and how its connections end: bad requests, limits, clients that go, closing. */
class HttpListenerConnectionTest {

    @Test
    void malformedRequestsAreRefusedWithA400AndTheConnectionClosed() throws IOException {
        try (EchoListener listener = new EchoListener()) {
            for (String request : List.of("NONSENSE\r\n\r\n", "GET /x HTTP/1.1 extra\r\n\r\n", "GET x HTTP/1.1\r\n\r\n",
                    "GET /x SPDY/3\r\n\r\n", "GET /x HTTP/1.1\r\nno colon here\r\n\r\n",
                    "GET /x HTTP/1.1\r\n: empty\r\n\r\n", "POST /x HTTP/1.1\r\nContent-Length: many\r\n\r\n",
                    "POST /x HTTP/1.1\r\nContent-Length: -3\r\n\r\n",
                    "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
                    "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXX\r\n0\r\n\r\n")) {
                try (RawConnection connection = listener.connect()) {
                    connection.send(request + "GET /after HTTP/1.1\r\nHost: h\r\n\r\n");
                    RawConnection.Answer answer = connection.read();
                    assertEquals(400, answer.status(), request);
                    assertEquals("close", answer.header("Connection"), request);
                    assertEquals(-1, connection.in.read(), request);
                }
            }
            listener.assertNoWarnings();
            EchoListener.awaitNoConnectionServed();
        }
    }

    @Test
    void aTransferCodingTheListenerDoesNotKnowIsNotImplemented() throws IOException {
        try (EchoListener listener = new EchoListener()) {
            String answer = listener.exchange("POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n");

            assertTrue(answer.startsWith("HTTP/1.1 501 Not Implemented\r\n"), answer);
        }
    }

    @Test
    void aHeadPastItsLimitIsRefusedWith431() throws IOException {
        try (EchoListener listener = new EchoListener()) {
            String oneLine = "X: " + "y".repeat(HttpRequestReader.MAX_HEAD_BYTES);
            assertTrue(listener.exchange("GET /x HTTP/1.1\r\n" + oneLine + "\r\n\r\n")
                    .startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
            String manyLines = ("X-Many: " + "y".repeat(4000) + "\r\n").repeat(HttpRequestReader.MAX_HEAD_BYTES / 4000 + 1);
            assertTrue(listener.exchange("GET /x HTTP/1.1\r\n" + manyLines + "\r\n").startsWith("HTTP/1.1 431 "));
            String longButAllowed = listener.exchange("GET /x HTTP/1.1\r\nX-Test: " + "y".repeat(60_000)
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(longButAllowed.startsWith("HTTP/1.1 200 OK\r\n"), longButAllowed.substring(0, 40));
        }
    }

    @Test
    void aClientThatGoesAwayInTheMiddleOfTheBodyLeavesNoThreadAndNoError() throws IOException {
        try (EchoListener listener = new EchoListener()) {
            for (String path : List.of("/length", "/a")) {
                try (RawConnection connection = listener.connect()) {
                    connection.send("PUT " + path + " HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\nonly this");
                }
                try (RawConnection connection = listener.connect()) {
                    connection.send("PUT " + path + " HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n100\r\nab");
                }
            }
            EchoListener.awaitNoConnectionServed();
            listener.assertNoWarnings();
        }
    }

    @Test
    void closingTheListenerEndsIdleConnectionsLetsBusyOnesFinishAndFreesThePort() throws Exception {
        EchoListener listener = new EchoListener();
        int port = listener.port();
        try (RawConnection idle = listener.connect(); RawConnection busy = listener.connect()) {
            idle.send("GET /a HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals(200, idle.read().status());
            busy.send("GET /wait HTTP/1.1\r\nHost: h\r\n\r\n");
            listener.awaitWaiting();

            Thread closer = new Thread(listener.listener()::close);
            closer.start();
            assertEquals(-1, idle.in.read(), "an idle connection is closed");
            listener.release();
            RawConnection.Answer last = busy.read();
            assertEquals("waited", last.text());
            assertEquals("close", last.header("Connection"));
            closer.join();
        } finally {
            listener.close();
        }
        EchoListener.awaitThreads(Thread::isAlive, "a thread of the listener is still alive");
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void pastItsConnectionLimitTheListenerClosesTheLongestIdleConnection() throws IOException {
        try (EchoListener listener = new EchoListener(2);
                RawConnection oldest = listener.connect(); RawConnection newer = listener.connect()) {
            oldest.send("GET /1 HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals(200, oldest.read().status());
            EchoListener.awaitWaitingForRequests(2); // the answer can reach the client before its thread is idle again
            newer.send("GET /2 HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals(200, newer.read().status());
            EchoListener.awaitWaitingForRequests(2);
            try (RawConnection third = listener.connect()) {
                third.send("GET /3 HTTP/1.1\r\nHost: h\r\n\r\n");
                assertEquals(200, third.read().status());
                assertEquals(-1, oldest.in.read());
                newer.send("GET /4 HTTP/1.1\r\nHost: h\r\n\r\n");
                assertEquals("GET /4 null  null", newer.read().text());
            }
        }
    }

    @Test
    void pastItsConnectionLimitWithEveryConnectionBusyTheListenerAnswers503() throws IOException {
        try (EchoListener listener = new EchoListener(1); RawConnection busy = listener.connect()) {
            busy.send("GET /wait HTTP/1.1\r\nHost: h\r\n\r\n");
            listener.awaitWaiting();
            try (RawConnection refused = listener.connect()) {
                assertEquals(503, refused.read().status());
                assertEquals(-1, refused.in.read());
            }
            listener.release();
            assertEquals("waited", busy.read().text());
        }
    }
}
