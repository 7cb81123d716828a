import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Query and Scan timings, and GetItem latency on a large table, against any DynamoDB endpoint.
 *
 *   java -cp target/labrepl.jar bench/dynamodb/QueryScanBench.java ENDPOINT query-scan [RUNS]
 *   java -cp target/labrepl.jar bench/dynamodb/QueryScanBench.java ENDPOINT get-p99 [ITEMS] [GETS]
 *
 * query-scan loads 10,000 items into one partition and 100,000 items spread over 1,000
 * partitions (about 100 bytes each, through BatchWriteItem), then times, RUNS times each,
 * a Query that reads the whole partition page by page and a Scan that reads the whole
 * table page by page. Prints "query_ms <median> <min>", "scan_ms <median> <min>".
 * get-p99 loads ITEMS items (default 1,000,000) and times GETS (default 20,000) GetItems of
 * random keys from one client over keep-alive; prints "get_p50_ms", "get_p99_ms", "get_max_ms".
 */
public class QueryScanBench {

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        String what = args[1];
        try (DynamoDbClient dynamodb = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMinutes(5)))
                .build()) {
            if (what.equals("query-scan")) {
                queryAndScan(dynamodb, args.length > 2 ? Integer.parseInt(args[2]) : 5);
            } else {
                getItems(dynamodb, args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000,
                        args.length > 3 ? Integer.parseInt(args[3]) : 20_000);
            }
        }
    }

    private static void queryAndScan(DynamoDbClient dynamodb, int runs) {
        createTable(dynamodb, "BenchPartition");
        load(dynamodb, "BenchPartition", 10_000, i -> "one-partition", i -> i);
        createTable(dynamodb, "BenchScan");
        load(dynamodb, "BenchScan", 100_000, i -> "p" + (i % 1000), i -> i / 1000);
        long[] query = new long[runs];
        long[] scan = new long[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            int queried = queryAll(dynamodb);
            query[run] = System.nanoTime() - start;
            start = System.nanoTime();
            int scanned = scanAll(dynamodb);
            scan[run] = System.nanoTime() - start;
            if (queried != 10_000 || scanned != 100_000) {
                throw new IllegalStateException("read " + queried + " and " + scanned + " items");
            }
        }
        report("query_ms", query);
        report("scan_ms", scan);
    }

    private static int queryAll(DynamoDbClient dynamodb) {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamodb.query(b -> b.tableName("BenchPartition").keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("one-partition"))).exclusiveStartKey(from));
            count += page.count();
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private static int scanAll(DynamoDbClient dynamodb) {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamodb.scan(b -> b.tableName("BenchScan").exclusiveStartKey(from));
            count += page.count();
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }

    private static void getItems(DynamoDbClient dynamodb, int items, int gets) {
        if (createTable(dynamodb, "BenchLarge")) {
            load(dynamodb, "BenchLarge", items, i -> "p" + (i % 100_000), i -> i / 100_000);
        }
        Random random = new Random(7);
        long[] latencies = new long[gets];
        for (int warm = 0; warm < 5_000; warm++) {
            get(dynamodb, random.nextInt(items));
        }
        for (int i = 0; i < gets; i++) {
            int id = random.nextInt(items);
            long start = System.nanoTime();
            Map<String, AttributeValue> item = get(dynamodb, id);
            latencies[i] = System.nanoTime() - start;
            if (item.isEmpty()) {
                throw new IllegalStateException("item " + id + " is missing");
            }
        }
        Arrays.sort(latencies);
        System.out.printf("get_p50_ms %.3f%n", latencies[gets / 2] / 1e6);
        System.out.printf("get_p99_ms %.3f%n", latencies[(int) (gets * 0.99)] / 1e6);
        System.out.printf("get_max_ms %.3f%n", latencies[gets - 1] / 1e6);
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamodb, int id) {
        return dynamodb.getItem(b -> b.tableName("BenchLarge").key(Map.of(
                "pk", AttributeValue.fromS("p" + (id % 100_000)), "sk", AttributeValue.fromN(Integer.toString(id / 100_000)))))
                .item();
    }

    /** False when the table is already there (a repeated get-p99 run reuses its loaded table). */
    private static boolean createTable(DynamoDbClient dynamodb, String name) {
        try {
            dynamodb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE)));
            return true;
        } catch (ResourceInUseException exists) {
            return false;
        }
    }

    private static void load(DynamoDbClient dynamodb, String table, int count,
                             java.util.function.IntFunction<String> partition, java.util.function.IntUnaryOperator sort) {
        String padding = "x".repeat(60);
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = i;
            batch.add(WriteRequest.builder().putRequest(p -> p.item(Map.of(
                    "pk", AttributeValue.fromS(partition.apply(id)),
                    "sk", AttributeValue.fromN(Integer.toString(sort.applyAsInt(id))),
                    "name", AttributeValue.fromS("customer-" + id),
                    "padding", AttributeValue.fromS(padding)))).build());
            if (batch.size() == 25 || i == count - 1) {
                List<WriteRequest> pending = batch;
                while (!pending.isEmpty()) {
                    List<WriteRequest> send = pending;
                    BatchWriteItemResponse response = dynamodb.batchWriteItem(b -> b.requestItems(Map.of(table, send)));
                    pending = response.unprocessedItems().getOrDefault(table, List.of());
                }
                batch = new ArrayList<>();
            }
        }
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s %.1f %.1f%n", name, sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6);
    }
}
