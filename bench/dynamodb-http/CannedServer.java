import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

/**
 * The ceiling of this machine's loopback HTTP for the local cloud's design: the JDK's
 * HttpServer, set up as LocalCloud sets it up, answering every request with 200 {}.
 * Run: java -Dsun.net.httpserver.nodelay=true CannedServer.java PORT
 */
public class CannedServer {
    public static void main(String[] args) throws Exception {
        byte[] body = "{}".getBytes();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 128);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("canned server on port " + args[0]);
    }
}
