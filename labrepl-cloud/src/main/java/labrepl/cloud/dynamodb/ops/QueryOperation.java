package labrepl.cloud.dynamodb.ops;

import java.util.Iterator;
import java.util.Map;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.expression.ConditionPaths;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * Query: the items of one partition of a table or index, in sort-key order (N numerically,
 * S and B bytewise), forwards or backwards, within the sort-key condition.
 */
public final class QueryOperation {

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public QueryOperation(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    public String query(JsonRequest request) {
        Constraints constraints = new Constraints();
        ReadRequest read = ReadRequest.read(request, identity, constraints);
        constraints.throwIfViolated();
        if (!request.has("KeyConditionExpression") && !request.has("KeyConditions")) {
            throw DynamoDbError.validation(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        RequestExpressions expressions = RequestExpressions.read(request,
                "FilterExpression", "KeyConditionExpression", "ProjectionExpression");
        Table table = read.table(catalog);
        IndexDefinition index = read.index(table);
        KeySchema schema = index == null ? table.keySchema() : index.keySchema();
        QueryKeyCondition range = QueryKeyCondition.read(expressions.keyCondition(), schema);
        if (expressions.filter() != null) {
            for (String attribute : ConditionPaths.attributes(expressions.filter())) {
                if (schema.has(attribute) || table.keySchema().has(attribute)) {
                    throw DynamoDbError.validation("Filter Expression can only contain non-primary key attributes: "
                            + "Primary key attribute: " + attribute);
                }
            }
        }
        ReadSelection selection = ReadSelection.of(read.select(), expressions.projection(), index, table);
        boolean forward = !Boolean.FALSE.equals(request.bool("ScanIndexForward"));
        byte[] start = read.startPosition(table, index);
        if (start != null && !range.contains(start)) {
            Map<String, Value> startKey = read.startKey(table, index);
            KeyAttribute partition = schema.partition();
            throw DynamoDbError.validation(startKey.get(partition.name()).equals(range.partition())
                    ? "The provided starting key does not match the range key predicate"
                    : "The provided starting key is outside query boundaries based on provided conditions");
        }
        Iterator<Table.Entry> entries;
        if (start != null) {
            entries = table.entries(index, start, false, !forward);
        } else if (forward) {
            entries = table.entries(index, range.lower(), true, false);
        } else {
            entries = table.entries(index, range.upper(), false, true);
        }
        return PageReader.read(table, index, entries, range::contains, null, read.limit(),
                expressions.filter(), selection, read.consistent(), read.capacityMode());
    }
}
