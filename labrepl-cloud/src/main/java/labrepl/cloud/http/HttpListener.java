package labrepl.cloud.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Instant;
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
 * requests one after another (keep-alive, pipelining), turns each into a {@link CloudRequest},
 * asks the handler for the answer and writes the {@link CloudResponse}. It replaces the JDK's
 * HttpServer, whose selector hands every request of a kept-alive connection from thread to
 * thread: with the clients on the same two cores that made its p99 latency tens of
 * milliseconds (bench/RESULTS.md). A thread per connection is bounded two ways: a connection
 * idle for two minutes is closed, and past {@link #MAX_CONNECTIONS} the longest-idle one is
 * closed to make room (a client reopens a closed kept-alive connection as a matter of course);
 * when every connection is busy a new one is answered 503.
 */
public final class HttpListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpListener.class.getName());
    /** Far more than the SDK's and the CLI's pools open between them, and few enough threads for a laptop. */
    static final int MAX_CONNECTIONS = 256;
    /** How long a kept-alive connection may sit idle before the listener closes it. */
    private static final int IDLE_MILLIS = (int) TimeUnit.MINUTES.toMillis(2);
    /** What is left of a body the handler did not read is read and dropped up to this much; past it the connection closes. */
    private static final long MAX_DRAIN_BYTES = 1024 * 1024;
    /** How long a connection being closed reads what the client still sends, so that its answer is not lost to a reset. */
    private static final long LINGER_MILLIS = 2000;
    /** The mark of a connection in the middle of an exchange, where others hold the time they went idle. */
    private static final long BUSY = Long.MAX_VALUE;

    /** What answers the requests: a bug in it (an exception) is logged and answered with a 500. */
    @FunctionalInterface
    public interface Handler {
        CloudResponse answer(CloudRequest request) throws IOException;
    }

    private final ServerSocket server;
    private final String threadName;
    private final int maxConnections;
    private final ExecutorService workers;
    /** Open connections, each with the System.nanoTime() it went idle at, or {@link #BUSY}. */
    private final Map<Socket, Long> connections = new ConcurrentHashMap<>();
    private volatile boolean closing;

    private HttpListener(ServerSocket server, String threadName, int maxConnections) {
        this.server = server;
        this.threadName = threadName;
        this.maxConnections = maxConnections;
        this.workers = Executors.newCachedThreadPool(new DaemonThreads(threadName));
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 picks a free one); call {@link #start} once the handler can answer.
     *
     * @throws PortInUseException when the port is taken
     */
    public static HttpListener bind(int port, String threadName) {
        return bind(port, threadName, MAX_CONNECTIONS);
    }

    static HttpListener bind(int port, String threadName, int maxConnections) {
        try {
            return new HttpListener(new ServerSocket(port, 128, InetAddress.getLoopbackAddress()), threadName,
                    maxConnections);
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
        connections.forEach((socket, idleSince) -> {
            if (idleSince != BUSY) {
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
            boolean room = connections.size() < maxConnections || closeLongestIdle();
            if (room) {
                connections.put(socket, System.nanoTime());
            }
            try {
                workers.execute(room ? () -> serve(socket, handler) : () -> turnAway(socket));
            } catch (RuntimeException rejected) { // closing
                connections.remove(socket);
                closeQuietly(socket);
            }
        }
    }

    /**
     * Closes the connection idle the longest, if any is idle. Its thread may be reading a request
     * that has just come: that client sees its kept-alive connection closed, as with any server.
     */
    private boolean closeLongestIdle() {
        Socket longest = null;
        long since = BUSY;
        for (Map.Entry<Socket, Long> connection : connections.entrySet()) {
            if (connection.getValue() < since) {
                longest = connection.getKey();
                since = connection.getValue();
            }
        }
        if (longest == null) {
            return false;
        }
        connections.remove(longest);
        closeQuietly(longest);
        return true;
    }

    private void turnAway(Socket socket) {
        try (socket) {
            HttpResponseWriter.writeError(socket.getOutputStream(), 503, "Too many connections to the local cloud");
            linger(socket);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Refusing a connection failed", e);
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
                    refuse(socket, out, malformed);
                    return;
                }
                if (head == null) {
                    return;
                }
                connections.put(socket, BUSY);
                open = exchange(socket, reader, head, out, handler);
                connections.put(socket, System.nanoTime());
            }
        } catch (SocketException | SocketTimeoutException | EOFException gone) {
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
        RequestBody body;
        try {
            body = new RequestBody(reader.body(head), head.expectsContinue() ? out : null);
        } catch (HttpRequestReader.Malformed malformed) {
            refuse(socket, out, malformed);
            return false;
        }
        CloudRequest request = new CloudRequest(head.method(), head.rawPath(), head.rawQuery(), head.headers(), body,
                socket.getInetAddress().getHostAddress(), socket.getLocalPort(), Instant.now());
        CloudResponse response = answer(handler, request, body);
        boolean consumed = consumed(body);
        if (body.failure() instanceof HttpRequestReader.Malformed malformed) {
            refuse(socket, out, malformed);
            return false;
        }
        if (body.failure() != null) {
            return false; // the client went away or fell silent in the middle of its body: nobody to answer
        }
        boolean keepAlive = consumed && head.keepsAlive() && !closing
                && !HttpResponseWriter.endsConnection(head, response);
        HttpResponseWriter.write(out, head, response, keepAlive);
        if (!consumed) {
            linger(socket);
        }
        return keepAlive;
    }

    /** The handler's answer; null when it failed because the body could not be read, which the caller answers. */
    private static CloudResponse answer(Handler handler, CloudRequest request, RequestBody body) {
        try {
            return handler.answer(request);
        } catch (IOException | RuntimeException bug) {
            if (body.failure() != null) {
                return null;
            }
            // A service lets an exception escape only on a bug; keep the listener alive and say so.
            LOG.log(Level.WARNING, "Unhandled error for " + request.method() + " " + request.rawTarget(), bug);
            return CloudResponse.text(500, "text/plain; charset=utf-8", "Internal error in the local cloud: " + bug + "\n");
        }
    }

    /**
     * Reads what the handler left of the body, so the next request starts where it should; false
     * when some is left on the connection (too much to drop, never sent, or unreadable).
     */
    private static boolean consumed(RequestBody body) {
        if (body.withheld() || body.failure() != null) {
            return false;
        }
        try {
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
        } catch (IOException e) {
            return false; // the body keeps the failure
        }
    }

    private static void refuse(Socket socket, OutputStream out, HttpRequestReader.Malformed malformed)
            throws IOException {
        HttpResponseWriter.writeError(out, malformed.status(), malformed.getMessage());
        linger(socket);
    }

    /**
     * Half-closes the connection and drops what the client still sends for a moment: closing a
     * socket with unread bytes resets it, and the reset can reach the client before it has read
     * the answer (a 403 to a large PUT the handler did not read).
     */
    private static void linger(Socket socket) {
        try {
            socket.shutdownOutput();
            socket.setSoTimeout((int) LINGER_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
            while (in.read(buffer) >= 0 && System.nanoTime() < deadline) {
                // dropped
            }
        } catch (IOException e) {
            // the client closed, reset or fell silent: either way the connection is done
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a connection failed", e);
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
