package labrepl.cloud.dynamodb;

import com.google.gson.JsonObject;
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
import labrepl.cloud.dynamodb.shape.DynamoDbShapes;
import labrepl.cloud.dynamodb.shape.Shape;
import labrepl.cloud.dynamodb.shape.ShapeConstraints;
import labrepl.cloud.dynamodb.shape.ShapeReader;
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

    /** How often expired items are looked for; DynamoDB itself takes up to a few days. */
    static final String TTL_SWEEP_PROPERTY = "labrepl.dynamodb.ttl-sweep-millis";
    private static final long DEFAULT_TTL_SWEEP_MILLIS = 5000;

    private final Map<String, Operation<?>> operations = new HashMap<>();
    private final ShapeReader shapes;
    private final ScheduledExecutorService sweeper;

    public DynamoDbService(CloudIdentity identity, DataStore store) {
        TableCatalog catalog = new TableCatalog(store);
        TableOperations tables = new TableOperations(catalog, identity);
        UpdateTableOperation updateTable = new UpdateTableOperation(catalog);
        ItemOperations items = new ItemOperations(catalog);
        QueryOperation query = new QueryOperation(catalog);
        ScanOperation scan = new ScanOperation(catalog);
        BatchOperations batches = new BatchOperations(catalog);
        TransactionOperations transactions = new TransactionOperations(catalog, Clock.systemUTC());
        TimeToLiveOperations ttl = new TimeToLiveOperations(catalog);
        TagOperations tags = new TagOperations(catalog, identity);
        add("CreateTable", DynamoDbShapes.CREATE_TABLE, tables::readCreate, tables::create);
        add("DescribeTable", DynamoDbShapes.TABLE_ONLY, TableOperations::tableName, tables::describe);
        add("ListTables", DynamoDbShapes.LIST_TABLES, TableOperations::readList, tables::list);
        add("DeleteTable", DynamoDbShapes.TABLE_ONLY, TableOperations::tableName, tables::delete);
        add("UpdateTable", DynamoDbShapes.UPDATE_TABLE, UpdateTableOperation::read, updateTable::run);
        add("DescribeLimits", DynamoDbShapes.NO_MEMBERS, request -> request, TableOperations::describeLimits);
        add("PutItem", DynamoDbShapes.PUT_ITEM, ItemOperations::readPut, items::put);
        add("GetItem", DynamoDbShapes.GET_ITEM, ItemOperations::readGet, items::get);
        add("DeleteItem", DynamoDbShapes.DELETE_ITEM, ItemOperations::readDelete, items::delete);
        add("UpdateItem", DynamoDbShapes.UPDATE_ITEM, ItemOperations::readUpdate, items::update);
        add("Query", DynamoDbShapes.QUERY, QueryOperation::read, query::run);
        add("Scan", DynamoDbShapes.SCAN, ScanOperation::read, scan::run);
        add("BatchGetItem", DynamoDbShapes.BATCH_GET_ITEM, BatchOperations::readGet, batches::get);
        add("BatchWriteItem", DynamoDbShapes.BATCH_WRITE_ITEM, BatchOperations::readWrite, batches::write);
        add("TransactWriteItems", DynamoDbShapes.TRANSACT_WRITE_ITEMS, TransactionOperations::readWrite,
                transactions::write);
        add("TransactGetItems", DynamoDbShapes.TRANSACT_GET_ITEMS, TransactionOperations::readGet, transactions::get);
        add("UpdateTimeToLive", DynamoDbShapes.UPDATE_TIME_TO_LIVE, TimeToLiveOperations::readUpdate, ttl::update);
        add("DescribeTimeToLive", DynamoDbShapes.TABLE_ONLY, TableOperations::tableName, ttl::describe);
        add("TagResource", DynamoDbShapes.TAG_RESOURCE, tags::readTag, tags::tag);
        add("UntagResource", DynamoDbShapes.UNTAG_RESOURCE, tags::readUntag, tags::untag);
        add("ListTagsOfResource", DynamoDbShapes.LIST_TAGS_OF_RESOURCE, tags::readList, tags::list);
        this.shapes = new ShapeReader(identity.arn("dynamodb", "table/"));
        long sweepMillis = Long.getLong(TTL_SWEEP_PROPERTY, DEFAULT_TTL_SWEEP_MILLIS);
        this.sweeper = new TimeToLiveSweeper(catalog, Clock.systemUTC()).start(sweepMillis);
    }

    private <R> void add(String name, Shape.Structure input, Function<JsonRequest, R> read, Function<R, String> run) {
        operations.put(name, new Operation<>(name, input, read, run));
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
            status = error.type().status();
            response = error.toJson().toString();
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
     * DynamoDB's order of checks, the same for every operation:
     * <ol>
     * <li>the body is JSON (SerializationException without a message);</li>
     * <li>the operation exists (UnknownOperationException);</li>
     * <li>the request is signed (MissingAuthenticationTokenException), and not empty;</li>
     * <li>every member has its declared JSON type (SerializationException, in the deserializer's words);</li>
     * <li>each required member is present, reported alone ("The parameter 'TableName' is required …");</li>
     * <li>every declared constraint of every member ("N validation errors detected: …", at most ten);</li>
     * <li>the operation's own validation ({@link Operation#read}), which never looks at a table;</li>
     * <li>the table's existence, what depends on the table, and the work ({@link Operation#run}).</li>
     * </ol>
     */
    private String invoke(CloudRequest http, String name, byte[] body) {
        JsonRequest parsed = JsonRequest.parse(body);
        Operation<?> operation = operations.get(name);
        if (operation == null) {
            throw new DynamoDbError(DynamoDbError.Type.UNKNOWN_OPERATION, null);
        }
        String authorization = http.header("Authorization");
        if (authorization == null || !authorization.startsWith("AWS4-")) {
            throw new DynamoDbError(DynamoDbError.Type.MISSING_AUTHENTICATION_TOKEN,
                    "Request is missing Authentication Token");
        }
        if (parsed == null) {
            throw DynamoDbError.serialization(null);
        }
        JsonObject request = shapes.read(parsed.json(), operation.input());
        ShapeConstraints.check(request, operation.input());
        return operation.answer(new JsonRequest(request));
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
