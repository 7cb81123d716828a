import com.sun.management.ThreadMXBean;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import labrepl.cloud.LocalCloud;

/**
 * Bytes the local cloud allocates per PutItem over HTTP, listener included: the figure that sets
 * how often young collections stop the server under load, and with them PutItem's p99
 * (bench/RESULTS.md, issue 13). An in-memory cloud in this JVM gets the PutItems of
 * bench/dynamodb-http/put-item.lua one after another on one kept-alive connection; the bytes
 * allocated by every thread but this client's are counted per round. Exact, unlike sampling.
 *
 *   java -cp target/labrepl.jar bench/dynamodb/AllocationPerPutItem.java [puts per round] [rounds]
 */
public class AllocationPerPutItem {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        int puts = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        try (LocalCloud cloud = LocalCloud.builder().port(0).inMemory().start();
             Socket socket = new Socket("127.0.0.1", cloud.port())) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            send(out, in, "CreateTable", "{\"TableName\":\"BenchCustomers\",\"AttributeDefinitions\":[{\"AttributeName\":"
                    + "\"ID\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"ID\",\"KeyType\":\"HASH\"}],"
                    + "\"BillingMode\":\"PAY_PER_REQUEST\"}");
            Random random = new Random(1);
            for (int round = 0; round < rounds; round++) {
                long before = allocatedByServer();
                for (int i = 0; i < puts; i++) {
                    send(out, in, "PutItem", String.format("{\"TableName\":\"BenchCustomers\",\"Item\":{\"ID\":{\"S\":"
                            + "\"customer-%06d\"},\"firstname\":{\"S\":\"Martha\"},\"lastname\":{\"S\":\"Rivera\"},"
                            + "\"visits\":{\"N\":\"%d\"}}}", random.nextInt(10_000), random.nextInt(1_000_000)));
                }
                System.out.printf("round %d: %,d bytes allocated per PutItem by the server%n", round,
                        (allocatedByServer() - before) / puts);
            }
        }
    }

    /** Bytes allocated so far by every live thread except this one (the client). */
    private static long allocatedByServer() {
        long client = Thread.currentThread().getId();
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long bytes = id == client ? -1 : THREADS.getThreadAllocatedBytes(id);
            sum += Math.max(bytes, 0);
        }
        return sum;
    }

    private static void send(OutputStream out, InputStream in, String operation, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n"
                + "X-Amz-Target: DynamoDB_20120810." + operation + "\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/dynamodb/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-target, Signature=0\r\n"
                + "X-Amz-Date: 20260101T000000Z\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        String status = readLine(in);
        if (!status.startsWith("HTTP/1.1 200 ")) {
            throw new IOException(operation + " answered " + status);
        }
        int length = 0;
        for (String field = readLine(in); !field.isEmpty(); field = readLine(in)) {
            if (field.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(field.substring(15).strip());
            }
        }
        in.readNBytes(length);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("The server closed the connection");
            }
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
