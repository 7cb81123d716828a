package labrepl.cloud.dynamodb;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import labrepl.cloud.CloudContext;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.ops.BatchOperations;
import labrepl.cloud.dynamodb.ops.ItemOperations;
import labrepl.cloud.dynamodb.ops.QueryOperation;
import labrepl.cloud.dynamodb.ops.ScanOperation;
import labrepl.cloud.dynamodb.ops.TableOperations;
import labrepl.cloud.dynamodb.ops.TagOperations;
import labrepl.cloud.dynamodb.ops.TimeToLiveOperations;
import labrepl.cloud.dynamodb.ops.TransactionOperations;
import labrepl.cloud.dynamodb.ops.UpdateTableOperation;
import labrepl.cloud.dynamodb.shape.DynamoDbShapes;
import labrepl.cloud.dynamodb.streams.StreamCatalog;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;

/**
 * DynamoDB: its operations, declared once each (request shape, read, run) on the JSON front end
 * it shares with DynamoDB Streams, which makes its checks in DynamoDB's order. A request is
 * DynamoDB's when its {@code X-Amz-Target} names DynamoDB, when its Host is DynamoDB's
 * ({@code dynamodb.REGION.amazonaws.com}, {@code dynamodb.localhost}), or, without a target, when
 * it is signed for DynamoDB or is a browser's preflight for a call with a target.
 */
public final class DynamoDbService implements CloudService {

    private static final String TARGET_PREFIX = "DynamoDB_20120810.";

    /** How often expired items are looked for; DynamoDB itself takes up to a few days. */
    static final String TTL_SWEEP_PROPERTY = "labrepl.dynamodb.ttl-sweep-millis";
    private static final long DEFAULT_TTL_SWEEP_MILLIS = 5000;

    private final JsonFrontEnd frontEnd;
    private final ScheduledExecutorService sweeper;

    /** Provides its {@link StreamCatalog} to the cloud's other services (DynamoDB Streams, Lambda triggers). */
    public DynamoDbService(CloudContext context) {
        CloudIdentity identity = context.identity();
        TableCatalog catalog = new TableCatalog(context.store());
        StreamCatalog streams = new StreamCatalog(context.store(), catalog);
        context.registry().provide(StreamCatalog.class, streams);
        TableOperations tables = new TableOperations(catalog, streams, identity);
        UpdateTableOperation updateTable = new UpdateTableOperation(catalog, streams);
        ItemOperations items = new ItemOperations(catalog);
        QueryOperation query = new QueryOperation(catalog);
        ScanOperation scan = new ScanOperation(catalog);
        BatchOperations batches = new BatchOperations(catalog);
        TransactionOperations transactions = new TransactionOperations(catalog, Clock.systemUTC());
        TimeToLiveOperations ttl = new TimeToLiveOperations(catalog);
        TagOperations tags = new TagOperations(catalog, identity);
        this.frontEnd = new JsonFrontEnd(TARGET_PREFIX, "dynamodb." + identity.region() + ".amazonaws.com",
                identity.arn("dynamodb", "table/"))
                .add("CreateTable", DynamoDbShapes.CREATE_TABLE, tables::readCreate, tables::create)
                .add("DescribeTable", DynamoDbShapes.TABLE_ONLY, TableOperations::tableName, tables::describe)
                .add("ListTables", DynamoDbShapes.LIST_TABLES, TableOperations::readList, tables::list)
                .add("DeleteTable", DynamoDbShapes.TABLE_ONLY, TableOperations::tableName, tables::delete)
                .add("UpdateTable", DynamoDbShapes.UPDATE_TABLE, UpdateTableOperation::read, updateTable::run)
                .add("DescribeLimits", DynamoDbShapes.NO_MEMBERS, request -> request, TableOperations::describeLimits)
                .add("PutItem", DynamoDbShapes.PUT_ITEM, ItemOperations::readPut, items::put)
                .add("GetItem", DynamoDbShapes.GET_ITEM, ItemOperations::readGet, items::get)
                .add("DeleteItem", DynamoDbShapes.DELETE_ITEM, ItemOperations::readDelete, items::delete)
                .add("UpdateItem", DynamoDbShapes.UPDATE_ITEM, ItemOperations::readUpdate, items::update)
                .add("Query", DynamoDbShapes.QUERY, QueryOperation::read, query::run)
                .add("Scan", DynamoDbShapes.SCAN, ScanOperation::read, scan::run)
                .add("BatchGetItem", DynamoDbShapes.BATCH_GET_ITEM, BatchOperations::readGet, batches::get)
                .add("BatchWriteItem", DynamoDbShapes.BATCH_WRITE_ITEM, BatchOperations::readWrite, batches::write)
                .add("TransactWriteItems", DynamoDbShapes.TRANSACT_WRITE_ITEMS, TransactionOperations::readWrite,
                        transactions::write)
                .add("TransactGetItems", DynamoDbShapes.TRANSACT_GET_ITEMS, TransactionOperations::readGet,
                        transactions::get)
                .add("UpdateTimeToLive", DynamoDbShapes.UPDATE_TIME_TO_LIVE, TimeToLiveOperations::readUpdate,
                        ttl::update)
                .add("DescribeTimeToLive", DynamoDbShapes.TABLE_ONLY, TableOperations::tableName, ttl::describe)
                .add("TagResource", DynamoDbShapes.TAG_RESOURCE, tags::readTag, tags::tag)
                .add("UntagResource", DynamoDbShapes.UNTAG_RESOURCE, tags::readUntag, tags::untag)
                .add("ListTagsOfResource", DynamoDbShapes.LIST_TAGS_OF_RESOURCE, tags::readList, tags::list);
        long sweepMillis = Long.getLong(TTL_SWEEP_PROPERTY, DEFAULT_TTL_SWEEP_MILLIS);
        this.sweeper = new TimeToLiveSweeper(catalog, Clock.systemUTC()).start(sweepMillis);
        sweeper.scheduleWithFixedDelay(() -> streams.trim(System.currentTimeMillis()), 1, 1, TimeUnit.MINUTES);
    }

    /** Stops the time-to-live sweeper and the trimming of streams; called before the store closes. */
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
        String host = request.hostName();
        if (host.equals("dynamodb.localhost") || host.startsWith("dynamodb.") && host.endsWith(".amazonaws.com")) {
            return true;
        }
        if (request.header("X-Amz-Target") != null) {
            return frontEnd.isTargeted(request);
        }
        return "dynamodb".equals(request.signedService()) || isPreflightForATarget(request);
    }

    /** A browser asks before it POSTs with an X-Amz-Target; S3 never sees that header. */
    private static boolean isPreflightForATarget(CloudRequest request) {
        String asked = request.header("Access-Control-Request-Headers");
        return request.method().equals("OPTIONS") && request.rawPath().equals("/") && asked != null
                && asked.toLowerCase(Locale.ROOT).contains("x-amz-target");
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        return frontEnd.answer(request);
    }
}
