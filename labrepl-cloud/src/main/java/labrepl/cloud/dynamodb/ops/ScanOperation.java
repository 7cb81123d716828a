package labrepl.cloud.dynamodb.ops;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * Scan: every item of a table or index in key order, one page at a time, optionally one
 * segment of a parallel scan (items are dealt to segments by their partition key's hash).
 */
public final class ScanOperation {

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public ScanOperation(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String scan(JsonRequest request) {
        Constraints constraints = new Constraints();
        ReadRequest read = ReadRequest.read(request, identity, constraints);
        Long segment = request.integer("Segment");
        Long totalSegments = request.integer("TotalSegments");
        constraints.range("segment", segment, 0, 999999).range("totalSegments", totalSegments, 1, 1000000);
        constraints.throwIfViolated();
        checkSegments(segment, totalSegments);
        RequestExpressions expressions = RequestExpressions.read(request, "FilterExpression", "ProjectionExpression");
        Table table = read.table(catalog);
        IndexDefinition index = read.index(table);
        ReadSelection selection = ReadSelection.of(read.select(), expressions.projection(), index, table);
        KeySchema schema = index == null ? table.keySchema() : index.keySchema();
        Predicate<Map<String, Value>> otherSegment = null;
        if (segment != null) {
            otherSegment = item -> segmentOf(schema, item, totalSegments) != segment;
            Map<String, Value> startKey = read.startKey(table, index);
            if (startKey != null && segmentOf(schema, startKey, totalSegments) != segment) {
                throw DynamoDbError.validation("The provided starting key is invalid: Invalid ExclusiveStartKey. "
                        + "Please use ExclusiveStartKey with correct Segment. TotalSegments: " + totalSegments
                        + " Segment: " + segment);
            }
        }
        byte[] start = read.startPosition(table, index);
        return PageReader.read(table, index, table.entries(index, start, false, false), position -> true,
                otherSegment, read.limit(), expressions.filter(), selection, read.consistent(), read.capacityMode());
    }

    private static void checkSegments(Long segment, Long totalSegments) {
        if (segment != null && totalSegments == null) {
            throw DynamoDbError.validation("The TotalSegments parameter is required but was not present in the request "
                    + "when Segment parameter is present");
        }
        if (totalSegments != null && segment == null) {
            throw DynamoDbError.validation("The Segment parameter is required but was not present in the request when "
                    + "parameter TotalSegments is present");
        }
        if (segment != null && segment >= totalSegments) {
            throw DynamoDbError.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
        }
    }

    private static long segmentOf(KeySchema schema, Map<String, Value> item, long totalSegments) {
        byte[] partition = schema.encodePartition(item.get(schema.partition().name()));
        return Math.floorMod(Arrays.hashCode(partition), totalSegments);
    }
}
