package labrepl.cloud.dynamodb.shape;

import static labrepl.cloud.dynamodb.shape.DynamoDbShapes.notNull;
import static labrepl.cloud.dynamodb.shape.DynamoDbShapes.oneOf;
import static labrepl.cloud.dynamodb.shape.DynamoDbShapes.optional;
import static labrepl.cloud.dynamodb.shape.DynamoDbShapes.structure;
import static labrepl.cloud.dynamodb.shape.DynamoDbShapes.text;

/**
 * The request shape of every DynamoDB Streams operation, declared once as botocore's
 * {@code dynamodbstreams/2012-08-10/service-2.json} gives them, and checked in DynamoDB's order
 * by the same front end.
 */
public final class DynamoDbStreamsShapes {

    private static final Shape.Text STREAM_ARN = text(37, 1024);
    private static final Shape.Text SHARD_ID = text(28, 65);
    private static final Shape.Number LIMIT = new Shape.Number("Integer", 1L, null);

    public static final Shape.Structure LIST_STREAMS = structure("ListStreamsInput",
            optional("TableName", DynamoDbShapes.TABLE_NAME),
            optional("Limit", LIMIT),
            optional("ExclusiveStartStreamArn", STREAM_ARN));

    public static final Shape.Structure DESCRIBE_STREAM = structure("DescribeStreamInput",
            notNull("StreamArn", STREAM_ARN),
            optional("Limit", LIMIT),
            optional("ExclusiveStartShardId", SHARD_ID),
            optional("ShardFilter", structure("ShardFilter",
                    optional("Type", oneOf("CHILD_SHARDS")),
                    optional("ShardId", SHARD_ID))));

    public static final Shape.Structure GET_SHARD_ITERATOR = structure("GetShardIteratorInput",
            notNull("StreamArn", STREAM_ARN),
            notNull("ShardId", SHARD_ID),
            notNull("ShardIteratorType", oneOf("TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER")),
            optional("SequenceNumber", text(21, 40)));

    public static final Shape.Structure GET_RECORDS = structure("GetRecordsInput",
            notNull("ShardIterator", text(1, 2048)),
            optional("Limit", LIMIT));

    private DynamoDbStreamsShapes() {
    }
}
