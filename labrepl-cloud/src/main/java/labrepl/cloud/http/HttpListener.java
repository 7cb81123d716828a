package labrepl.cloud.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local cloud's one HTTP/1.1 listener on 127.0.0.1: a thread per connection reads its
 * requests one after another (keep-alive), turns each into a {@link CloudRequest}, asks the
 * handler for the answer and writes the {@link CloudResponse}. A HEAD answer keeps its
 * Content-Length but sends no body, for every service alike; a body of unknown length is sent
 * chunked. It replaces the JDK's HttpServer, whose selector hands every request of a kept-alive
 * connection from thread to thread: with the clients on the same two cores that made its p99
 * latency tens of milliseconds (bench/RESULTS.md).
 */
public final class HttpListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpListener.class.getName());
    /** How long a kept-alive connection may sit idle before the listener closes it. */
    private static final int IDLE_MILLIS = (int) TimeUnit.MINUTES.toMillis(2);
    /** What is left of a body the handler did not read is read and dropped up to this much; past it the connection closes. */
    private static final long MAX_DRAIN_BYTES = 1024 * 1024;
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(201, "Created"), Map.entry(204, "No Content"), Map.entry(206, "Partial Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(304, "Not Modified"),
            Map.entry(307, "Temporary Redirect"), Map.entry(400, "Bad Request"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(411, "Length Required"), Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"), Map.entry(416, "Requested Range Not Satisfiable"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"));

    /** What answers the requests: a bug in it (an exception) is logged and answered with a 500. */
    @FunctionalInterface
    public interface Handler {
        CloudResponse answer(CloudRequest request) throws IOException;
    }

    private final ServerSocket server;
    private final String threadName;
    private final ExecutorService workers;
    /** Open connections, and whether each is in the middle of an exchange. */
    private final Map<Socket, Boolean> connections = new ConcurrentHashMap<>();
    private volatile boolean closing;

    private HttpListener(ServerSocket server, String threadName) {
        this.server = server;
        this.threadName = threadName;
        this.workers = Executors.newCachedThreadPool(new DaemonThreads(threadName));
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 picks a free one); call {@link #start} once the handler can answer.
     *
     * @throws PortInUseException when the port is taken
     */
    public static HttpListener bind(int port, String threadName) {
        try {
            return new HttpListener(new ServerSocket(port, 128, InetAddress.getLoopbackAddress()), threadName);
        } catch (BindException e) {
            throw new PortInUseException(port, e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public void start(Handler handler) {
        Thread acceptor = new Thread(() -> accept(handler), threadName + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Stops listening, closes idle connections and lets exchanges under way finish, for at most five seconds. */
    @Override
    public void close() {
        closing = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the listening socket failed", e);
        }
        connections.forEach((socket, busy) -> {
            if (!busy) {
                closeQuietly(socket);
            }
        });
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                connections.keySet().forEach(HttpListener::closeQuietly);
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept(Handler handler) {
        while (!closing) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (!closing) {
                    LOG.log(Level.WARNING, "Accepting a connection failed", e);
                }
                continue;
            }
            connections.put(socket, false);
            try {
                workers.execute(() -> serve(socket, handler));
            } catch (RuntimeException rejected) { // closing
                connections.remove(socket);
                closeQuietly(socket);
            }
        }
    }

    /** The requests of one connection, answered in turn until either side closes it. */
    private void serve(Socket socket, Handler handler) {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            HttpRequestReader reader = new HttpRequestReader(in);
            boolean open = true;
            while (open && !closing) {
                HttpRequestReader.Head head;
                try {
                    head = reader.readHead();
                } catch (HttpRequestReader.Malformed malformed) {
                    writeError(out, malformed);
                    return;
                }
                if (head == null) {
                    return;
                }
                connections.put(socket, true);
                open = exchange(socket, reader, head, out, handler);
                connections.put(socket, false);
            }
        } catch (SocketException | java.net.SocketTimeoutException | java.io.EOFException gone) {
            // the client went away or stayed idle too long: nothing to answer
        } catch (IOException e) {
            LOG.log(Level.FINE, "A connection failed", e);
        } finally {
            connections.remove(socket);
        }
    }

    /** One request and its answer; true when the connection stays open for the next. */
    private boolean exchange(Socket socket, HttpRequestReader reader, HttpRequestReader.Head head, OutputStream out,
                             Handler handler) throws IOException {
        InputStream body;
        try {
            body = reader.body(head);
        } catch (HttpRequestReader.Malformed malformed) {
            writeError(out, malformed);
            return false;
        }
        if (head.expectsContinue()) {
            out.write(CONTINUE);
            out.flush();
        }
        CloudRequest request = new CloudRequest(head.method(), head.rawPath(), head.rawQuery(), head.headers(), body,
                socket.getInetAddress().getHostAddress(), socket.getLocalPort(), Instant.now());
        CloudResponse response;
        try {
            response = handler.answer(request);
        } catch (RuntimeException bug) {
            // A service lets an exception escape only on a bug; keep the listener alive and say so.
            LOG.log(Level.WARNING, "Unhandled error for " + request.method() + " " + request.rawTarget(), bug);
            response = CloudResponse.text(500, "text/plain; charset=utf-8",
                    "Internal error in the local cloud: " + bug + "\n");
        }
        boolean keepAlive = head.keepsAlive() && !closing && drained(body);
        write(out, head, response, keepAlive);
        return keepAlive;
    }

    /** Reads what the handler left of the body, so the next request starts where it should; false when too much is left. */
    private static boolean drained(InputStream body) throws IOException {
        if (body.read() < 0) {
            return true; // the usual case: the handler read it all
        }
        long left = MAX_DRAIN_BYTES;
        byte[] buffer = new byte[8192];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            left -= read;
            if (left < 0) {
                return false;
            }
        }
        return true;
    }

    private static void write(OutputStream out, HttpRequestReader.Head head, CloudResponse response, boolean keepAlive)
            throws IOException {
        int status = response.statusCode();
        CloudResponse.Body body = response.body();
        boolean bodiless = status == 304 || status == 204 || status < 200;
        boolean chunked = !bodiless && body != null && body.length() == CloudResponse.UNKNOWN_LENGTH;
        StringBuilder text = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "")).append("\r\n");
        text.append("Date: ").append(HttpDate.now()).append("\r\n");
        response.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")
                    && !name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Date")) {
                values.forEach(value -> text.append(name).append(": ").append(value).append("\r\n"));
            }
        });
        if (chunked) {
            text.append("Transfer-Encoding: chunked\r\n");
        } else if (!bodiless) {
            text.append("Content-Length: ").append(body == null ? 0 : body.length()).append("\r\n");
        }
        String connection = response.headers().first("Connection");
        if (!keepAlive) {
            text.append("Connection: close\r\n");
        } else if (connection != null) {
            text.append("Connection: ").append(connection).append("\r\n");
        }
        out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null && !bodiless && !head.method().equals("HEAD")) {
            if (chunked) {
                ChunkedOutputStream chunks = new ChunkedOutputStream(out);
                body.writeTo(chunks);
                chunks.finish();
            } else {
                body.writeTo(out);
            }
        }
        out.flush();
    }

    private static void writeError(OutputStream out, HttpRequestReader.Malformed malformed) throws IOException {
        byte[] message = (malformed.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + malformed.status() + " " + REASONS.getOrDefault(malformed.status(), "") + "\r\n"
                + "Date: " + HttpDate.now() + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + message.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(message);
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a connection failed", e);
        }
    }

    /** Writes what it is given as chunks of the chunked transfer coding; {@link #finish} writes the last. */
    private static final class ChunkedOutputStream extends OutputStream {
        private final OutputStream out;

        ChunkedOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, offset, length);
            out.write('\r');
            out.write('\n');
        }

        void finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * The Date header's value ({@code Sun, 06 Nov 1994 08:49:37 GMT}), formatted once a second
     * and without the locale data a formatter would load on the first answer.
     */
    private static final class HttpDate {
        private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
        private static volatile String text = "";
        private static volatile long second = -1;

        static String now() {
            long current = System.currentTimeMillis() / 1000;
            if (current != second) {
                OffsetDateTime time = Instant.ofEpochSecond(current).atOffset(ZoneOffset.UTC);
                text = DAYS[time.getDayOfWeek().getValue() - 1] + ", " + twoDigits(time.getDayOfMonth()) + " "
                        + MONTHS[time.getMonthValue() - 1] + " " + time.getYear() + " " + twoDigits(time.getHour()) + ":"
                        + twoDigits(time.getMinute()) + ":" + twoDigits(time.getSecond()) + " GMT";
                second = current;
            }
            return text;
        }

        private static String twoDigits(int value) {
            return value < 10 ? "0" + value : Integer.toString(value);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String name;

        DaemonThreads(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
