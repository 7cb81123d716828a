package labrepl.cloud.dynamodb.shape;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import labrepl.cloud.dynamodb.shape.Shape.Member;
import labrepl.cloud.dynamodb.shape.Shape.Presence;

/**
 * The request shape of every DynamoDB operation the local cloud serves, declared once: each
 * member's type and constraints as botocore's {@code dynamodb/2012-08-10/service-2.json} gives
 * them, members listed in the order DynamoDB checks them (which decides the ten violations a
 * message lists). Where DynamoDB's own answers differ from the client model (a table's KeySchema
 * holds at most two elements; a table name given to CreateTable and the other table operations
 * is reported on its own), the declarations follow DynamoDB.
 */
public final class DynamoDbShapes {

    private static final Pattern NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");

    static final Shape.Text STRING = text(null, null);
    static final Shape.Bool BOOLEAN = new Shape.Bool();
    static final Shape.AttributeValue ATTRIBUTE_VALUE = new Shape.AttributeValue();
    /** An item, a key, a map value (M). */
    static final Shape.MapOf ATTRIBUTE_MAP = map(STRING, ATTRIBUTE_VALUE, null, null);
    static final Shape.ListOf ATTRIBUTE_LIST = list(ATTRIBUTE_VALUE, null, null);

    /** A table's name, or its ARN. */
    static final Shape.Text TABLE_NAME = new Shape.Text(3, 255, NAME_PATTERN, List.of(), true);
    /** An index's name, or a table's where an ARN is not taken for it. */
    private static final Shape.Text NAME = new Shape.Text(3, 255, NAME_PATTERN, List.of(), false);
    private static final Shape.Text RETURN_CONSUMED_CAPACITY = oneOf("INDEXES", "TOTAL", "NONE");
    private static final Shape.Text RETURN_ITEM_COLLECTION_METRICS = oneOf("SIZE", "NONE");
    private static final Shape.Text RETURN_VALUES = oneOf("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");
    private static final Shape.Text RETURN_ON_FAILURE = oneOf("ALL_OLD", "NONE");
    private static final Shape.Text CONDITIONAL_OPERATOR = oneOf("OR", "AND");
    private static final Shape.Text COMPARISON_OPERATOR = oneOf("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ",
            "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS");
    private static final Shape.Text SELECT = oneOf("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES",
            "ALL_PROJECTED_ATTRIBUTES");
    private static final Shape.Text BILLING_MODE = oneOf("PROVISIONED", "PAY_PER_REQUEST");
    private static final Shape.Text TABLE_CLASS = oneOf("STANDARD", "STANDARD_INFREQUENT_ACCESS");
    private static final Shape.ListOf ATTRIBUTES_TO_GET = list(STRING, 1, 255);
    private static final Shape.MapOf EXPRESSION_ATTRIBUTE_NAMES = map(STRING, STRING, null, null);
    private static final Shape.MapOf EXPRESSION_ATTRIBUTE_VALUES = ATTRIBUTE_MAP;
    private static final Shape.Number POSITIVE_LONG = new Shape.Number("Long", 1L, null);
    private static final Shape.Number LONG = new Shape.Number("Long", null, null);

    private static final Shape.MapOf EXPECTED = map(STRING, structure("ExpectedAttributeValue",
            optional("AttributeValueList", ATTRIBUTE_LIST),
            optional("ComparisonOperator", COMPARISON_OPERATOR),
            optional("Exists", BOOLEAN),
            optional("Value", ATTRIBUTE_VALUE)), null, null);
    private static final Shape.MapOf CONDITIONS = map(STRING, structure("Condition",
            optional("AttributeValueList", ATTRIBUTE_LIST),
            notNull("ComparisonOperator", COMPARISON_OPERATOR)), null, null);
    private static final Shape.MapOf ATTRIBUTE_UPDATES = map(STRING, structure("AttributeValueUpdate",
            optional("Action", oneOf("ADD", "DELETE", "PUT")),
            optional("Value", ATTRIBUTE_VALUE)), null, null);

    private static final Shape.Structure THROUGHPUT = structure("ProvisionedThroughput",
            notNull("WriteCapacityUnits", POSITIVE_LONG),
            notNull("ReadCapacityUnits", POSITIVE_LONG));
    private static final Shape.Structure ON_DEMAND_THROUGHPUT = structure("OnDemandThroughput",
            optional("MaxReadRequestUnits", LONG),
            optional("MaxWriteRequestUnits", LONG));
    private static final Shape.Structure WARM_THROUGHPUT = structure("WarmThroughput",
            optional("ReadUnitsPerSecond", LONG),
            optional("WriteUnitsPerSecond", LONG));
    private static final Shape.Structure KEY_SCHEMA_ELEMENT = structure("KeySchemaElement",
            notNull("AttributeName", text(1, 255)),
            notNull("KeyType", oneOf("HASH", "RANGE")));
    private static final Shape.ListOf TABLE_KEY_SCHEMA = list(KEY_SCHEMA_ELEMENT, 1, 2);
    /** An index's key schema: a global index may have up to four partition and four sort key attributes. */
    private static final Shape.ListOf INDEX_KEY_SCHEMA = list(KEY_SCHEMA_ELEMENT, 1, null);
    private static final Shape.Structure PROJECTION = structure("Projection",
            optional("ProjectionType", oneOf("ALL", "INCLUDE", "KEYS_ONLY")),
            optional("NonKeyAttributes", list(text(1, 255), 1, 20)));
    private static final Shape.Structure STREAM_SPECIFICATION = structure("StreamSpecification",
            notNull("StreamEnabled", BOOLEAN),
            optional("StreamViewType", oneOf("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY")));
    private static final Shape.Structure SSE_SPECIFICATION = structure("SSESpecification",
            optional("Enabled", BOOLEAN),
            optional("SSEType", oneOf("AES256", "KMS")),
            optional("KMSMasterKeyId", STRING));
    private static final Shape.ListOf ATTRIBUTE_DEFINITIONS = list(structure("AttributeDefinition",
            notNull("AttributeName", text(1, 255)),
            notNull("AttributeType", oneOf("B", "N", "S"))), null, null);
    private static final Shape.ListOf TAGS = list(structure("Tag",
            notNull("Key", text(1, 128)),
            notNull("Value", text(0, 256))), null, null);

    public static final Shape.Structure CREATE_TABLE = structure("CreateTableInput",
            notNull("AttributeDefinitions", ATTRIBUTE_DEFINITIONS),
            required("TableName", TABLE_NAME),
            optional("BillingMode", BILLING_MODE),
            optional("ProvisionedThroughput", THROUGHPUT),
            notNull("KeySchema", TABLE_KEY_SCHEMA),
            optional("LocalSecondaryIndexes", list(structure("LocalSecondaryIndex",
                    notNull("IndexName", NAME),
                    notNull("KeySchema", TABLE_KEY_SCHEMA),
                    notNull("Projection", PROJECTION)), null, null)),
            optional("GlobalSecondaryIndexes", list(structure("GlobalSecondaryIndex",
                    notNull("IndexName", NAME),
                    notNull("KeySchema", INDEX_KEY_SCHEMA),
                    notNull("Projection", PROJECTION),
                    optional("ProvisionedThroughput", THROUGHPUT),
                    optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
                    optional("WarmThroughput", WARM_THROUGHPUT)), null, null)),
            optional("StreamSpecification", STREAM_SPECIFICATION),
            optional("SSESpecification", SSE_SPECIFICATION),
            optional("Tags", TAGS),
            optional("TableClass", TABLE_CLASS),
            optional("DeletionProtectionEnabled", BOOLEAN),
            optional("WarmThroughput", WARM_THROUGHPUT),
            optional("ResourcePolicy", STRING),
            optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT));

    public static final Shape.Structure UPDATE_TABLE = structure("UpdateTableInput",
            required("TableName", TABLE_NAME),
            optional("ProvisionedThroughput", THROUGHPUT),
            optional("BillingMode", BILLING_MODE),
            optional("GlobalSecondaryIndexUpdates", list(structure("GlobalSecondaryIndexUpdate",
                    optional("Update", structure("UpdateGlobalSecondaryIndexAction",
                            notNull("IndexName", NAME),
                            optional("ProvisionedThroughput", THROUGHPUT),
                            optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
                            optional("WarmThroughput", WARM_THROUGHPUT))),
                    optional("Create", structure("CreateGlobalSecondaryIndexAction",
                            notNull("Projection", PROJECTION),
                            notNull("IndexName", NAME),
                            optional("ProvisionedThroughput", THROUGHPUT),
                            notNull("KeySchema", INDEX_KEY_SCHEMA),
                            optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
                            optional("WarmThroughput", WARM_THROUGHPUT))),
                    optional("Delete", structure("DeleteGlobalSecondaryIndexAction",
                            notNull("IndexName", NAME)))), null, null)),
            optional("AttributeDefinitions", ATTRIBUTE_DEFINITIONS),
            optional("StreamSpecification", STREAM_SPECIFICATION),
            optional("SSESpecification", SSE_SPECIFICATION),
            optional("ReplicaUpdates", list(structure("ReplicationGroupUpdate"), 1, null)),
            optional("TableClass", TABLE_CLASS),
            optional("DeletionProtectionEnabled", BOOLEAN),
            optional("OnDemandThroughput", ON_DEMAND_THROUGHPUT),
            optional("WarmThroughput", WARM_THROUGHPUT));

    /** DescribeTable, DeleteTable and DescribeTimeToLive: a table name, reported on its own when missing. */
    public static final Shape.Structure TABLE_ONLY = structure("TableInput",
            required("TableName", TABLE_NAME));

    public static final Shape.Structure LIST_TABLES = structure("ListTablesInput",
            optional("Limit", new Shape.Number("Integer", 1L, 100L)),
            optional("ExclusiveStartTableName", NAME));

    public static final Shape.Structure NO_MEMBERS = structure("DescribeLimitsInput");

    public static final Shape.Structure PUT_ITEM = structure("PutItemInput",
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            notNull("TableName", TABLE_NAME),
            notNull("Item", ATTRIBUTE_MAP),
            optional("ConditionalOperator", CONDITIONAL_OPERATOR),
            optional("Expected", EXPECTED),
            optional("ReturnValues", RETURN_VALUES),
            optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
            optional("ConditionExpression", STRING),
            optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
            optional("ReturnValuesOnConditionCheckFailure", RETURN_ON_FAILURE));

    public static final Shape.Structure GET_ITEM = structure("GetItemInput",
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            optional("AttributesToGet", ATTRIBUTES_TO_GET),
            notNull("TableName", TABLE_NAME),
            notNull("Key", ATTRIBUTE_MAP),
            optional("ConsistentRead", BOOLEAN),
            optional("ProjectionExpression", STRING),
            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES));

    public static final Shape.Structure DELETE_ITEM = structure("DeleteItemInput",
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            notNull("TableName", TABLE_NAME),
            optional("ReturnValues", RETURN_VALUES),
            optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
            notNull("Key", ATTRIBUTE_MAP),
            optional("ConditionalOperator", CONDITIONAL_OPERATOR),
            optional("Expected", EXPECTED),
            optional("ConditionExpression", STRING),
            optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
            optional("ReturnValuesOnConditionCheckFailure", RETURN_ON_FAILURE));

    public static final Shape.Structure UPDATE_ITEM = structure("UpdateItemInput",
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            notNull("TableName", TABLE_NAME),
            optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
            optional("ReturnValues", RETURN_VALUES),
            notNull("Key", ATTRIBUTE_MAP),
            optional("ConditionalOperator", CONDITIONAL_OPERATOR),
            optional("Expected", EXPECTED),
            optional("AttributeUpdates", ATTRIBUTE_UPDATES),
            optional("ConditionExpression", STRING),
            optional("UpdateExpression", STRING),
            optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
            optional("ReturnValuesOnConditionCheckFailure", RETURN_ON_FAILURE));

    public static final Shape.Structure QUERY = structure("QueryInput",
            optional("Select", SELECT),
            optional("IndexName", NAME),
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            optional("QueryFilter", CONDITIONS),
            notNull("TableName", TABLE_NAME),
            optional("ConditionalOperator", CONDITIONAL_OPERATOR),
            optional("AttributesToGet", ATTRIBUTES_TO_GET),
            optional("Limit", new Shape.Number("Integer", 1L, null)),
            optional("KeyConditions", CONDITIONS),
            optional("ExclusiveStartKey", ATTRIBUTE_MAP),
            optional("ConsistentRead", BOOLEAN),
            optional("ScanIndexForward", BOOLEAN),
            optional("KeyConditionExpression", STRING),
            optional("FilterExpression", STRING),
            optional("ProjectionExpression", STRING),
            optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES));

    public static final Shape.Structure SCAN = structure("ScanInput",
            optional("Select", SELECT),
            optional("IndexName", NAME),
            optional("TotalSegments", new Shape.Number("Integer", 1L, 1_000_000L)),
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            notNull("TableName", TABLE_NAME),
            optional("ConditionalOperator", CONDITIONAL_OPERATOR),
            optional("ScanFilter", CONDITIONS),
            optional("Segment", new Shape.Number("Integer", 0L, 999_999L)),
            optional("Limit", new Shape.Number("Integer", 1L, null)),
            optional("AttributesToGet", ATTRIBUTES_TO_GET),
            optional("ExclusiveStartKey", ATTRIBUTE_MAP),
            optional("FilterExpression", STRING),
            optional("ProjectionExpression", STRING),
            optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
            optional("ConsistentRead", BOOLEAN));

    public static final Shape.Structure BATCH_GET_ITEM = structure("BatchGetItemInput",
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            notNull("RequestItems", map(TABLE_NAME, structure("KeysAndAttributes",
                    notNull("Keys", list(ATTRIBUTE_MAP, 1, 100)),
                    optional("AttributesToGet", ATTRIBUTES_TO_GET),
                    optional("ConsistentRead", BOOLEAN),
                    optional("ProjectionExpression", STRING),
                    optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES)), 1, 100)));

    public static final Shape.Structure BATCH_WRITE_ITEM = structure("BatchWriteItemInput",
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
            notNull("RequestItems", map(TABLE_NAME, list(structure("WriteRequest",
                    optional("DeleteRequest", structure("DeleteRequest", notNull("Key", ATTRIBUTE_MAP))),
                    optional("PutRequest", structure("PutRequest", notNull("Item", ATTRIBUTE_MAP)))), 1, 25), 1, 25)));

    private static final List<Member> TRANSACT_ELEMENT = List.of(
            notNull("TableName", TABLE_NAME),
            optional("ConditionExpression", STRING),
            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES),
            optional("ExpressionAttributeValues", EXPRESSION_ATTRIBUTE_VALUES),
            optional("ReturnValuesOnConditionCheckFailure", RETURN_ON_FAILURE));

    public static final Shape.Structure TRANSACT_WRITE_ITEMS = structure("TransactWriteItemsInput",
            notNull("TransactItems", list(structure("TransactWriteItem",
                    optional("ConditionCheck", transactElement("ConditionCheck",
                            notNull("Key", ATTRIBUTE_MAP), notNull("ConditionExpression", STRING))),
                    optional("Put", transactElement("Put", notNull("Item", ATTRIBUTE_MAP))),
                    optional("Delete", transactElement("Delete", notNull("Key", ATTRIBUTE_MAP))),
                    optional("Update", transactElement("Update",
                            notNull("Key", ATTRIBUTE_MAP), notNull("UpdateExpression", STRING)))), 1, 100)),
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY),
            optional("ReturnItemCollectionMetrics", RETURN_ITEM_COLLECTION_METRICS),
            optional("ClientRequestToken", text(1, 36)));

    public static final Shape.Structure TRANSACT_GET_ITEMS = structure("TransactGetItemsInput",
            notNull("TransactItems", list(structure("TransactGetItem",
                    notNull("Get", structure("Get",
                            notNull("Key", ATTRIBUTE_MAP),
                            notNull("TableName", TABLE_NAME),
                            optional("ProjectionExpression", STRING),
                            optional("ExpressionAttributeNames", EXPRESSION_ATTRIBUTE_NAMES)))), 1, 100)),
            optional("ReturnConsumedCapacity", RETURN_CONSUMED_CAPACITY));

    public static final Shape.Structure UPDATE_TIME_TO_LIVE = structure("UpdateTimeToLiveInput",
            required("TableName", TABLE_NAME),
            notNull("TimeToLiveSpecification", structure("TimeToLiveSpecification",
                    notNull("Enabled", BOOLEAN),
                    notNull("AttributeName", text(1, 255)))));

    /** The tagging operations check their ARN themselves, before any constraint (see TagOperations). */
    public static final Shape.Structure TAG_RESOURCE = structure("TagResourceInput",
            optional("ResourceArn", STRING),
            optional("Tags", TAGS));

    public static final Shape.Structure UNTAG_RESOURCE = structure("UntagResourceInput",
            optional("ResourceArn", STRING),
            optional("TagKeys", list(text(1, 128), null, null)));

    public static final Shape.Structure LIST_TAGS_OF_RESOURCE = structure("ListTagsOfResourceInput",
            optional("ResourceArn", STRING),
            optional("NextToken", STRING));

    private DynamoDbShapes() {
    }

    private static Shape.Structure transactElement(String name, Member... specific) {
        Member[] members = Arrays.copyOf(specific, specific.length + TRANSACT_ELEMENT.size());
        for (int i = 0; i < TRANSACT_ELEMENT.size(); i++) {
            members[specific.length + i] = TRANSACT_ELEMENT.get(i);
        }
        return structure(name, members);
    }

    static Shape.Text text(Integer min, Integer max) {
        return new Shape.Text(min, max, null, List.of(), false);
    }

    static Shape.Text oneOf(String... values) {
        return new Shape.Text(null, null, null, List.of(values), false);
    }

    static Shape.ListOf list(Shape member, Integer min, Integer max) {
        return new Shape.ListOf(member, min, max);
    }

    static Shape.MapOf map(Shape.Text key, Shape value, Integer min, Integer max) {
        return new Shape.MapOf(key, value, min, max);
    }

    static Shape.Structure structure(String name, Member... members) {
        return new Shape.Structure(name, List.of(members));
    }

    static Member optional(String name, Shape shape) {
        return new Member(name, shape, Presence.OPTIONAL);
    }

    static Member notNull(String name, Shape shape) {
        return new Member(name, shape, Presence.NOT_NULL);
    }

    static Member required(String name, Shape shape) {
        return new Member(name, shape, Presence.REQUIRED);
    }
}
