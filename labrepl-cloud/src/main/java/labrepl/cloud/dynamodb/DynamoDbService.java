package labrepl.cloud.dynamodb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.RequestIds;
import labrepl.cloud.dynamodb.ops.BatchOperations;
import labrepl.cloud.dynamodb.ops.ItemOperations;
import labrepl.cloud.dynamodb.ops.QueryOperation;
import labrepl.cloud.dynamodb.ops.ScanOperation;
import labrepl.cloud.dynamodb.ops.TableOperations;
import labrepl.cloud.dynamodb.ops.TagOperations;
import labrepl.cloud.dynamodb.ops.TimeToLiveOperations;
import labrepl.cloud.dynamodb.ops.TransactionOperations;
import labrepl.cloud.dynamodb.ops.UpdateTableOperation;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;
import labrepl.cloud.storage.DataStore;
import labrepl.cloud.storage.StoredMap;

/**
 * DynamoDB's JSON protocol: {@code POST /} with {@code X-Amz-Target:
 * DynamoDB_20120810.<Operation>}. Answers carry {@code x-amzn-RequestId} and
 * {@code x-amz-crc32}, which botocore verifies; errors carry DynamoDB's {@code __type}.
 */
public final class DynamoDbService implements CloudService {

    private static final Logger LOG = Logger.getLogger(DynamoDbService.class.getName());
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final Set<String> JSON_TYPES = Set.of("application/x-amz-json-1.0", "application/json");
    private static final byte[] NOT_FOUND_BODY = "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8);
    /** The operations that word request-validation errors with an envelope (see DynamoDbError). */
    private static final Set<String> WRITE_OPERATIONS = Set.of("PutItem", "UpdateItem", "DeleteItem");

    /** How often expired items are looked for; DynamoDB itself takes up to a few days. */
    static final String TTL_SWEEP_PROPERTY = "labrepl.dynamodb.ttl-sweep-millis";
    private static final long DEFAULT_TTL_SWEEP_MILLIS = 5000;

    private final Map<String, Function<JsonRequest, String>> operations = new HashMap<>();
    private final ScheduledExecutorService sweeper;

    public DynamoDbService(CloudIdentity identity, DataStore store) {
        TableCatalog catalog = new TableCatalog(store);
        TableOperations tables = new TableOperations(catalog, identity);
        UpdateTableOperation updateTable = new UpdateTableOperation(catalog, identity);
        ItemOperations items = new ItemOperations(catalog, identity);
        QueryOperation query = new QueryOperation(catalog, identity);
        ScanOperation scan = new ScanOperation(catalog, identity);
        BatchOperations batches = new BatchOperations(catalog, identity);
        TransactionOperations transactions = new TransactionOperations(catalog, identity, Clock.systemUTC());
        TimeToLiveOperations ttl = new TimeToLiveOperations(catalog, identity);
        TagOperations tags = new TagOperations(catalog, identity);
        operations.put("CreateTable", tables::createTable);
        operations.put("DescribeTable", tables::describeTable);
        operations.put("ListTables", tables::listTables);
        operations.put("DeleteTable", tables::deleteTable);
        operations.put("UpdateTable", updateTable::updateTable);
        operations.put("DescribeLimits", tables::describeLimits);
        operations.put("PutItem", items::putItem);
        operations.put("GetItem", items::getItem);
        operations.put("DeleteItem", items::deleteItem);
        operations.put("UpdateItem", items::updateItem);
        operations.put("Query", query::query);
        operations.put("Scan", scan::scan);
        operations.put("BatchGetItem", batches::batchGetItem);
        operations.put("BatchWriteItem", batches::batchWriteItem);
        operations.put("TransactWriteItems", transactions::transactWriteItems);
        operations.put("TransactGetItems", transactions::transactGetItems);
        operations.put("UpdateTimeToLive", ttl::updateTimeToLive);
        operations.put("DescribeTimeToLive", ttl::describeTimeToLive);
        operations.put("TagResource", tags::tagResource);
        operations.put("UntagResource", tags::untagResource);
        operations.put("ListTagsOfResource", tags::listTagsOfResource);
        long sweepMillis = Long.getLong(TTL_SWEEP_PROPERTY, DEFAULT_TTL_SWEEP_MILLIS);
        this.sweeper = new TimeToLiveSweeper(catalog, Clock.systemUTC()).start(sweepMillis);
    }

    /** Stops the time-to-live sweeper; called before the store closes. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        try {
            sweeper.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean accepts(CloudRequest request) {
        String target = request.header("X-Amz-Target");
        return target != null && target.startsWith(TARGET_PREFIX);
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        byte[] body = readBody(request);
        String contentType = mediaType(request.header("Content-Type"));
        if (!"POST".equals(request.method()) || !JSON_TYPES.contains(contentType)) {
            // DynamoDB's front end answers anything but a JSON POST with this, in XML.
            return answer(404, "application/xml", NOT_FOUND_BODY);
        }
        String operation = request.header("X-Amz-Target").substring(TARGET_PREFIX.length());
        int status = 200;
        String response;
        try {
            response = invokeOnLiveTables(request, operation, body);
        } catch (DynamoDbError error) {
            DynamoDbError worded = WRITE_OPERATIONS.contains(operation) ? error.forWriteOperation() : error;
            status = worded.type().status();
            response = worded.toJson().toString();
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "DynamoDB " + operation + " failed", bug);
            DynamoDbError error = new DynamoDbError(DynamoDbError.Type.INTERNAL_SERVER_ERROR,
                    "Internal server error: " + bug);
            status = error.type().status();
            response = error.toJson().toString();
        }
        return answer(status, contentType, response.getBytes(StandardCharsets.UTF_8));
    }

    /** A write that lands on a table deleted under it finds no table, as on DynamoDB. */
    private String invokeOnLiveTables(CloudRequest request, String operation, byte[] body) {
        try {
            return invoke(request, operation, body);
        } catch (StoredMap.RemovedMapException deleted) {
            throw DynamoDbError.resourceNotFound("Requested resource not found");
        }
    }

    /**
     * DynamoDB's order of checks: unparseable JSON, then the operation, then the credentials,
     * then an empty body; only then the operation's own validation.
     */
    private String invoke(CloudRequest http, String operation, byte[] body) {
        JsonRequest request = JsonRequest.parse(body);
        Function<JsonRequest, String> handler = operations.get(operation);
        if (handler == null) {
            throw new DynamoDbError(DynamoDbError.Type.UNKNOWN_OPERATION, null);
        }
        String authorization = http.header("Authorization");
        if (authorization == null || !authorization.startsWith("AWS4-")) {
            throw new DynamoDbError(DynamoDbError.Type.MISSING_AUTHENTICATION_TOKEN,
                    "Request is missing Authentication Token");
        }
        if (request == null) {
            throw DynamoDbError.serialization(null);
        }
        return handler.apply(request);
    }

    /** The body in one array of its exact size when the length is known (every SDK sends it). */
    private static byte[] readBody(CloudRequest request) throws IOException {
        String length = request.header("Content-Length");
        if (length != null && length.matches("\\d{1,8}")) {
            return request.body().readNBytes(Integer.parseInt(length));
        }
        return request.body().readAllBytes();
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** Answers in the content type asked in, as DynamoDB does. */
    private static CloudResponse answer(int status, String contentType, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return CloudResponse.bytes(status, contentType, body)
                .header("x-amzn-RequestId", RequestIds.dynamoDb())
                .header("x-amz-crc32", Long.toString(crc.getValue()));
    }
}
