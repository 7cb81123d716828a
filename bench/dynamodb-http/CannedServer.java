import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.HttpListener;

/**
 * The ceiling of this machine's loopback HTTP, answering every request with 200 {}: on the local
 * cloud's own listener ({@code listener}, the ceiling of its design), or on the JDK's HttpServer
 * set up as the local cloud used to set it up ({@code jdk}, the canned server of earlier runs).
 * Run: java -cp target/labrepl.jar CannedServer.java PORT listener|jdk
 */
public class CannedServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = "{}".getBytes();
        if (args.length > 1 && args[1].equals("jdk")) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
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
        } else {
            HttpListener.bind(port, "canned").start(request -> {
                request.body().readAllBytes();
                return CloudResponse.bytes(200, "application/x-amz-json-1.0", body);
            });
        }
        System.out.println("canned server on port " + port);
        Thread.currentThread().join();
    }
}
