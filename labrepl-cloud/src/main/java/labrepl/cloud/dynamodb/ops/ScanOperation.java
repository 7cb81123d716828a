package labrepl.cloud.dynamodb.ops;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * Scan: every item of a table or index in key order, one page at a time, optionally one
 * segment of a parallel scan (items are dealt to segments by their partition key's hash).
 */
public final class ScanOperation {

    /** A Scan as read: the shared read members and, for a parallel scan, its segment. */
    public record Request(ReadRequest read, Long segment, Long totalSegments) {
    }

    private final TableCatalog catalog;

    public ScanOperation(TableCatalog catalog) {
        this.catalog = catalog;
    }

    public static Request read(JsonRequest request) {
        ExpressionParameters.check(request, List.of("ProjectionExpression", "FilterExpression"),
                List.of("AttributesToGet", "ScanFilter", "ConditionalOperator"));
        var attributesToGet = LegacyParameters.attributesToGet(request);
        Map<String, LegacyParameters.Term> scanFilter = LegacyParameters.conditions(request.object("ScanFilter"));
        Map<String, Value> startKey = ReadRequest.readStartKey(request);
        Long segment = request.integer("Segment");
        Long totalSegments = request.integer("TotalSegments");
        checkSegments(segment, totalSegments);
        RequestExpressions expressions = RequestExpressions.parse(request);
        Condition legacyFilter = LegacyParameters.combine(scanFilter, request.string("ConditionalOperator"));
        ReadRequest read = ReadRequest.of(request, startKey, ItemOperations.either(attributesToGet,
                expressions.projection()), ItemOperations.either(legacyFilter, expressions.filter()), "ScanFilter");
        return new Request(read, segment, totalSegments);
    }

    /** DynamoDB lets Segment 0 stand without TotalSegments. */
    private static void checkSegments(Long segment, Long totalSegments) {
        if (segment != null && segment != 0 && totalSegments == null) {
            throw DynamoDbError.validation("The TotalSegments parameter is required but was not present in the request "
                    + "when Segment parameter is present");
        }
        if (totalSegments != null && segment == null) {
            throw DynamoDbError.validation("The Segment parameter is required but was not present in the request when "
                    + "parameter TotalSegments is present");
        }
        if (segment != null && totalSegments != null && segment >= totalSegments) {
            throw DynamoDbError.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
        }
    }

    public String run(Request scan) {
        ReadRequest read = scan.read();
        ReadRequest.Source source = read.source(catalog, read.indexName() != null
                ? "The provided starting key is invalid"
                : "The provided starting key is invalid: " + ItemOperations.KEY_MISMATCH);
        Table table = source.table();
        IndexDefinition index = source.index();
        KeySchema schema = source.schema();
        Map<String, Value> startKey = read.exclusiveStartKey();
        if (index != null && startKey != null) {
            for (KeyAttribute attribute : schema.attributes()) {
                if (startKey.get(attribute.name()) == null) {
                    throw DynamoDbError.validation("The provided starting key is invalid");
                }
                schema.checkKeyPiece(startKey, attribute);
            }
        }
        ReadSelection selection = ReadSelection.of(read, index, table);
        Predicate<Map<String, Value>> otherSegment = null;
        Long segment = scan.segment();
        Long totalSegments = scan.totalSegments();
        if (totalSegments != null) {
            otherSegment = item -> schema.segmentOf(item, totalSegments.intValue()) != segment;
        }
        byte[] start = null;
        if (startKey != null) {
            read.tableStartKey(table);
            if (totalSegments != null && schema.segmentOf(startKey, totalSegments.intValue()) != segment) {
                throw DynamoDbError.validation("The provided starting key is invalid: Invalid ExclusiveStartKey. "
                        + "Please use ExclusiveStartKey with correct Segment. TotalSegments: " + totalSegments
                        + " Segment: " + segment);
            }
            start = table.positionOf(index, startKey);
        }
        ScalarKeyPaths.check(table, read.projection());
        ScalarKeyPaths.check(table, ItemOperations.paths(read.filter()));
        return PageReader.read(table, index, table.entries(index, start, false, false), position -> true,
                otherSegment, read.limit(), read.filter(), selection, read.consistent(), read.capacityMode());
    }
}
