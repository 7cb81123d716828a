package labrepl.repl;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An endpoint that accepts connections and never answers, like a firewall that drops replies:
 * an SDK call to it blocks in a socket read, which no interrupt reaches.
 */
final class SilentServer implements AutoCloseable {

    private final ServerSocket server;
    private final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    SilentServer() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException closed) {
                // The test is over.
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Waits for the client's first connection: from then on its request is in flight. */
    boolean awaitConnection(int seconds) throws InterruptedException {
        Socket socket = accepted.poll(seconds, TimeUnit.SECONDS);
        if (socket != null) {
            accepted.add(socket);
        }
        return socket != null;
    }

    /**
     * Whether the client closed its first connection: the request is read and ignored, then the
     * read must end (EOF or reset) before {@code seconds} pass with no byte.
     */
    boolean clientHungUp(int seconds) throws IOException, InterruptedException {
        Socket socket = accepted.poll(seconds, TimeUnit.SECONDS);
        if (socket == null) {
            return false;
        }
        socket.setSoTimeout(seconds * 1000);
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // Discard the request; wait for the end of the stream.
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }
}
