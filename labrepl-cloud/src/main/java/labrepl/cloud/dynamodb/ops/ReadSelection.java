package labrepl.cloud.dynamodb.ops;

import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.Table;

/**
 * What a Query or Scan returns of each item: Select (ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES,
 * SPECIFIC_ATTRIBUTES or COUNT) with its projection, checked against the index read.
 */
record ReadSelection(String select, List<Path> projection, IndexDefinition index, Table table) {

    /** Select as the request means it, checked against the projection and whether an index is read. */
    static String checkSelect(String requested, List<Path> projection, String indexName) {
        String select = requested;
        if (select == null) {
            select = projection != null ? "SPECIFIC_ATTRIBUTES" : indexName != null ? "ALL_PROJECTED_ATTRIBUTES"
                    : "ALL_ATTRIBUTES";
        }
        if (projection != null && !select.equals("SPECIFIC_ATTRIBUTES")) {
            throw DynamoDbError.validation("Cannot specify the ProjectionExpression when choosing to get "
                    + (select.equals("COUNT") ? "only the Count" : select));
        }
        if (select.equals("SPECIFIC_ATTRIBUTES") && projection == null) {
            throw DynamoDbError.invalidParameter(
                    "Must specify the ProjectionExpression or AttributesToGet when choosing to get SPECIFIC_ATTRIBUTES");
        }
        if (select.equals("ALL_PROJECTED_ATTRIBUTES") && indexName == null) {
            throw DynamoDbError.invalidParameter(
                    "Select type ALL_PROJECTED_ATTRIBUTES is only supported when querying or scanning an index");
        }
        return select;
    }

    /** The index-dependent checks: a global index gives only what it projects. */
    static ReadSelection of(ReadRequest read, IndexDefinition index, Table table) {
        if (read.select().equals("ALL_ATTRIBUTES") && index != null && index.global()
                && !index.projectionType().equals("ALL")) {
            throw DynamoDbError.invalidParameter("Select type ALL_ATTRIBUTES is not supported for global secondary index "
                    + index.name() + " because its projection type is not ALL");
        }
        if (read.projection() != null && index != null && index.global()) {
            for (Path path : read.projection()) {
                if (!index.isProjected(path.attribute(), table.keySchema())) {
                    throw DynamoDbError.invalidParameter("Global secondary index " + index.name()
                            + " does not project attribute " + path.attribute());
                }
            }
        }
        return new ReadSelection(read.select(), read.projection(), index, table);
    }

    /** True when items are answered exactly as stored, without projection. */
    boolean returnsStoredItems() {
        return projection == null && (index == null || index.projectionType().equals("ALL") || select.equals("ALL_ATTRIBUTES"));
    }

    /** A local index gives every attribute by reading the table too, when it does not project them all. */
    boolean fetchesFromTable() {
        return index != null && !index.projectionType().equals("ALL") && select.equals("ALL_ATTRIBUTES");
    }

    boolean countOnly() {
        return select.equals("COUNT");
    }

    /** The item as the answer shows it. A local index fetches unprojected attributes from the table. */
    Map<String, Value> shape(Map<String, Value> item) {
        Map<String, Value> visible = index != null && select.equals("ALL_PROJECTED_ATTRIBUTES")
                ? index.project(item, table.keySchema()) : item;
        return projection == null ? visible : Projection.apply(visible, projection);
    }
}
