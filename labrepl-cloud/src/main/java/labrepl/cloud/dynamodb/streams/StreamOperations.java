package labrepl.cloud.dynamodb.streams;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.KeyAttribute;

/**
 * DynamoDB Streams' four operations, each read (the request alone) and then run (against the
 * streams): ListStreams, DescribeStream, GetShardIterator and GetRecords. A stream has one shard.
 */
final class StreamOperations {

    private static final Pattern STREAM_ARN = Pattern.compile(
            "arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/[a-zA-Z0-9_.-]{3,255}/stream/"
                    + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
    private static final Pattern SEQUENCE_NUMBER = Pattern.compile("\\d{21,40}");
    private static final int MAX_STREAMS = 100;
    private static final int MAX_RECORDS = 1000;
    /** GetRecords returns at most 1 MB of records. */
    private static final long MAX_RECORD_BYTES = 1024 * 1024;
    private static final long ITERATOR_LIFETIME_MILLIS = TimeUnit.MINUTES.toMillis(15);

    record ListRequest(String tableName, int limit, String exclusiveStart) {
    }

    record DescribeRequest(String arn, String exclusiveStartShard, boolean childShards) {
    }

    record IteratorRequest(String arn, String shardId, String type, String sequenceNumber) {
    }

    record RecordsRequest(ShardIterator iterator, int limit) {
    }

    private final StreamCatalog streams;
    private final String region;
    private final Clock clock;

    StreamOperations(StreamCatalog streams, String region, Clock clock) {
        this.streams = streams;
        this.region = region;
        this.clock = clock;
    }

    static ListRequest readList(JsonRequest request) {
        String start = request.string("ExclusiveStartStreamArn");
        if (start != null) {
            checkArn(start);
        }
        Long limit = request.integer("Limit");
        return new ListRequest(request.string("TableName"), limit == null ? MAX_STREAMS
                : (int) Math.min(limit, MAX_STREAMS), start);
    }

    String list(ListRequest request) {
        List<TableStream> all = streams.list(request.tableName()).stream()
                .filter(stream -> request.exclusiveStart() == null || stream.arn().compareTo(request.exclusiveStart()) > 0)
                .toList();
        List<TableStream> page = all.subList(0, Math.min(request.limit(), all.size()));
        JsonText out = new JsonText().beginObject().name("Streams").beginArray();
        for (TableStream stream : page) {
            out.beginObject().field("StreamArn", stream.arn()).field("TableName", stream.tableName())
                    .field("StreamLabel", stream.label()).endObject();
        }
        out.endArray();
        if (all.size() > page.size()) {
            out.field("LastEvaluatedStreamArn", page.get(page.size() - 1).arn());
        }
        return out.endObject().toString();
    }

    static DescribeRequest readDescribe(JsonRequest request) {
        String arn = checkArn(request.string("StreamArn"));
        boolean childShards = request.has("ShardFilter");
        return new DescribeRequest(arn, request.string("ExclusiveStartShardId"), childShards);
    }

    /** The stream and its one shard, closed (with an ending sequence number) once the stream is off. */
    String describe(DescribeRequest request) {
        TableStream stream = require(request.arn());
        Long end = stream.end();
        JsonText out = new JsonText().beginObject().name("StreamDescription").beginObject()
                .field("StreamArn", stream.arn())
                .field("StreamLabel", stream.label())
                .field("StreamStatus", end == null ? "ENABLED" : "DISABLED")
                .field("StreamViewType", stream.viewType().name())
                .name("CreationRequestDateTime").value(BigDecimal.valueOf(stream.createdMillis(), 3))
                .field("TableName", stream.tableName())
                .name("KeySchema").beginArray();
        for (KeyAttribute key : stream.keySchema().attributes()) {
            out.beginObject().field("AttributeName", key.name())
                    .field("KeyType", stream.keySchema().isPartition(key) ? "HASH" : "RANGE").endObject();
        }
        out.endArray().name("Shards").beginArray();
        boolean listed = !request.childShards() && (request.exclusiveStartShard() == null
                || stream.shardId().compareTo(request.exclusiveStartShard()) > 0);
        if (listed) {
            out.beginObject().field("ShardId", stream.shardId()).name("SequenceNumberRange").beginObject()
                    .field("StartingSequenceNumber", TableStream.sequenceNumber(1));
            if (end != null) {
                out.field("EndingSequenceNumber", TableStream.sequenceNumber(Math.max(end, 1)));
            }
            out.endObject().endObject();
        }
        return out.endArray().endObject().endObject().toString();
    }

    static IteratorRequest readIterator(JsonRequest request) {
        String arn = checkArn(request.string("StreamArn"));
        String type = request.string("ShardIteratorType");
        String sequenceNumber = request.string("SequenceNumber");
        boolean needsNumber = type.endsWith("_SEQUENCE_NUMBER");
        if (needsNumber && sequenceNumber == null) {
            throw DynamoDbError.validation("SequenceNumber must be specified when ShardIteratorType is " + type);
        }
        if (!needsNumber && sequenceNumber != null) {
            throw DynamoDbError.validation("SequenceNumber must not be specified when ShardIteratorType is " + type);
        }
        if (sequenceNumber != null && !SEQUENCE_NUMBER.matcher(sequenceNumber).matches()) {
            throw DynamoDbError.validation("Invalid SequenceNumber: " + sequenceNumber);
        }
        return new IteratorRequest(arn, request.string("ShardId"), type, sequenceNumber);
    }

    String iterator(IteratorRequest request) {
        TableStream stream = require(request.arn());
        if (!stream.shardId().equals(request.shardId())) {
            throw DynamoDbError.resourceNotFound("Requested resource not found: Shard does not exist");
        }
        long position = switch (request.type()) {
            case "TRIM_HORIZON" -> stream.first();
            case "LATEST" -> stream.next();
            case "AT_SEQUENCE_NUMBER" -> TableStream.position(request.sequenceNumber());
            default -> TableStream.position(request.sequenceNumber()) + 1;
        };
        if (position < 1) {
            throw DynamoDbError.validation("Invalid SequenceNumber: " + request.sequenceNumber());
        }
        checkNotTrimmed(stream, position);
        ShardIterator iterator = new ShardIterator(stream.arn(), position, clock.millis());
        return new JsonText().beginObject().field("ShardIterator", iterator.toString()).endObject().toString();
    }

    static RecordsRequest readRecords(JsonRequest request) {
        ShardIterator iterator = ShardIterator.parse(request.string("ShardIterator"));
        if (iterator == null || !STREAM_ARN.matcher(iterator.streamArn()).matches()) {
            throw DynamoDbError.validation("Invalid ShardIterator");
        }
        Long limit = request.integer("Limit");
        return new RecordsRequest(iterator, limit == null ? MAX_RECORDS : (int) Math.min(limit, MAX_RECORDS));
    }

    /**
     * The records from the iterator's position on, and the iterator for what follows; a closed
     * shard read to its end has no next iterator.
     */
    String records(RecordsRequest request) {
        ShardIterator iterator = request.iterator();
        TableStream stream = require(iterator.streamArn());
        long now = clock.millis();
        if (now - iterator.issuedMillis() > ITERATOR_LIFETIME_MILLIS) {
            throw new DynamoDbError(DynamoDbError.Type.EXPIRED_ITERATOR, "Iterator expired. The iterator was created "
                    + "at time " + Instant.ofEpochMilli(iterator.issuedMillis()) + " while right now it is "
                    + Instant.ofEpochMilli(now) + " which is further in the future than the tolerated delay of "
                    + ITERATOR_LIFETIME_MILLIS + " milliseconds.");
        }
        checkNotTrimmed(stream, iterator.position());
        List<StreamRecord> found = stream.read(iterator.position(), request.limit(), MAX_RECORD_BYTES);
        JsonText out = new JsonText().beginObject().name("Records").beginArray();
        found.forEach(record -> record.write(out, stream, region));
        out.endArray();
        long next = found.isEmpty() ? iterator.position() : found.get(found.size() - 1).position() + 1;
        Long end = stream.end();
        if (end == null || next <= end) {
            out.field("NextShardIterator", new ShardIterator(stream.arn(), next, now).toString());
        }
        return out.endObject().toString();
    }

    private static void checkNotTrimmed(TableStream stream, long position) {
        if (position < stream.first()) {
            throw new DynamoDbError(DynamoDbError.Type.TRIMMED_DATA_ACCESS, "Attempted to access data that has been "
                    + "trimmed: the records before " + TableStream.sequenceNumber(stream.first())
                    + " are older than 24 hours");
        }
    }

    private TableStream require(String arn) {
        return streams.find(arn).orElseThrow(() -> DynamoDbError.resourceNotFound(
                "Requested resource not found: Stream: " + arn + " not found"));
    }

    private static String checkArn(String arn) {
        if (!STREAM_ARN.matcher(arn).matches()) {
            throw DynamoDbError.validation("Invalid StreamArn");
        }
        return arn;
    }
}
