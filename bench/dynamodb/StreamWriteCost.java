import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import labrepl.cloud.CloudContext;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.ServiceRegistry;
import labrepl.cloud.dynamodb.DynamoDbService;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.HttpHeaders;
import labrepl.cloud.storage.DataStore;

/**
 * What a stream costs PutItem, in CPU time of the whole process (garbage collection and the JIT
 * included, other processes not): the same PutItems of bench/dynamodb-http/put-item.lua sent
 * straight to the DynamoDB service, alternately to a table without a stream and to one with a
 * NEW_AND_OLD_IMAGES stream, in rounds; prints each round and the medians after the first three.
 *
 *   java -cp target/labrepl.jar bench/dynamodb/StreamWriteCost.java [puts per round] [rounds]
 */
public class StreamWriteCost {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static DynamoDbService service;

    public static void main(String[] args) throws Exception {
        int puts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 13;
        try (DataStore store = DataStore.inMemory()) {
            service = new DynamoDbService(new CloudContext(CloudIdentity.local("us-west-2"), store,
                    URI.create("http://127.0.0.1"), new ServiceRegistry()));
            for (String table : List.of("plain", "streamed")) {
                send("CreateTable", "{\"TableName\":\"" + table + "\",\"AttributeDefinitions\":[{\"AttributeName\":\"ID\","
                        + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"ID\",\"KeyType\":\"HASH\"}],"
                        + "\"BillingMode\":\"PAY_PER_REQUEST\"" + (table.equals("streamed") ? ",\"StreamSpecification\":"
                        + "{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}" : "") + "}");
            }
            Random random = new Random(1);
            List<Double> plain = new ArrayList<>();
            List<Double> streamed = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (String table : List.of("plain", "streamed")) {
                    long start = OS.getProcessCpuTime();
                    for (int i = 0; i < puts; i++) {
                        send("PutItem", String.format("{\"TableName\":\"%s\",\"Item\":{\"ID\":{\"S\":\"customer-%06d\"},"
                                + "\"firstname\":{\"S\":\"Martha\"},\"lastname\":{\"S\":\"Rivera\"},\"visits\":{\"N\":\"%d\"}}}",
                                table, random.nextInt(10_000), random.nextInt(1_000_000)));
                    }
                    double micros = (OS.getProcessCpuTime() - start) / 1000.0 / puts;
                    System.out.printf("round %d %-8s %.2f us CPU per PutItem%n", round, table, micros);
                    if (round >= 3) {
                        (table.equals("plain") ? plain : streamed).add(micros);
                    }
                }
            }
            double withoutStream = median(plain);
            double withStream = median(streamed);
            System.out.printf("median: %.2f us without a stream, %.2f us with one: %+.1f%%%n", withoutStream, withStream,
                    100 * (withStream / withoutStream - 1));
            service.close();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void send(String operation, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders()
                .add("X-Amz-Target", "DynamoDB_20120810." + operation)
                .add("Content-Type", "application/x-amz-json-1.0")
                .add("Authorization", "AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/dynamodb/aws4_request, "
                        + "SignedHeaders=host, Signature=0")
                .add("X-Amz-Date", "20260101T000000Z")
                .add("Content-Length", Integer.toString(bytes.length));
        int status = service.handle(new CloudRequest("POST", "/", null, headers, new ByteArrayInputStream(bytes),
                "127.0.0.1", 0, Instant.now())).statusCode();
        if (status != 200) {
            throw new IllegalStateException(operation + " answered " + status);
        }
    }
}
