package labrepl.cloud.dynamodb.streams;

import java.io.IOException;
import java.time.Clock;
import labrepl.cloud.CloudContext;
import labrepl.cloud.dynamodb.JsonFrontEnd;
import labrepl.cloud.dynamodb.shape.DynamoDbStreamsShapes;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;

/**
 * DynamoDB Streams' API ({@code X-Amz-Target: DynamoDBStreams_20120810.*}, or the host
 * {@code streams.dynamodb.REGION.amazonaws.com}) on the front end DynamoDB uses, reading the
 * streams the DynamoDB service records into; it needs that service's {@link StreamCatalog}.
 */
public final class StreamsService implements CloudService {

    private static final String TARGET_PREFIX = "DynamoDBStreams_20120810.";

    private final JsonFrontEnd frontEnd;

    public StreamsService(CloudContext context) {
        String region = context.identity().region();
        StreamOperations operations = new StreamOperations(context.registry().require(StreamCatalog.class), region,
                Clock.systemUTC());
        this.frontEnd = new JsonFrontEnd(TARGET_PREFIX, "streams.dynamodb." + region + ".amazonaws.com",
                context.identity().arn("dynamodb", "table/"))
                .add("ListStreams", DynamoDbStreamsShapes.LIST_STREAMS, StreamOperations::readList, operations::list)
                .add("DescribeStream", DynamoDbStreamsShapes.DESCRIBE_STREAM, StreamOperations::readDescribe,
                        operations::describe)
                .add("GetShardIterator", DynamoDbStreamsShapes.GET_SHARD_ITERATOR, StreamOperations::readIterator,
                        operations::iterator)
                .add("GetRecords", DynamoDbStreamsShapes.GET_RECORDS, StreamOperations::readRecords, operations::records);
    }

    @Override
    public boolean accepts(CloudRequest request) {
        String host = request.hostName();
        return host.equals("streams.dynamodb.localhost")
                || host.startsWith("streams.dynamodb.") && host.endsWith(".amazonaws.com")
                || frontEnd.isTargeted(request);
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        return frontEnd.answer(request);
    }
}
