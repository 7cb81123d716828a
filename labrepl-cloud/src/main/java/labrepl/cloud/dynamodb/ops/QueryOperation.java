package labrepl.cloud.dynamodb.ops;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import labrepl.cloud.dynamodb.expression.Condition;
import labrepl.cloud.dynamodb.expression.ConditionEvaluator;
import labrepl.cloud.dynamodb.expression.ConditionPaths;
import labrepl.cloud.dynamodb.item.Value;
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

    /** KeyConditions operators that cannot select a range of keys. */
    private static final Set<String> NOT_INDEXABLE = Set.of("NULL", "NOT_NULL", "NE", "CONTAINS", "NOT_CONTAINS", "IN");

    /** A Query as read: the shared read members, the key conditions and the direction. */
    public record Request(ReadRequest read, Map<String, LegacyParameters.Term> keyConditions, boolean forward) {
    }

    private final TableCatalog catalog;

    public QueryOperation(TableCatalog catalog) {
        this.catalog = catalog;
    }

    public static Request read(JsonRequest request) {
        ExpressionParameters.check(request, List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
                List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"));
        Map<String, LegacyParameters.Term> queryFilter = LegacyParameters.conditions(request.object("QueryFilter"));
        var attributesToGet = LegacyParameters.attributesToGet(request);
        Map<String, Value> startKey = ReadRequest.readStartKey(request);
        if (!request.has("KeyConditions") && !request.has("KeyConditionExpression")) {
            throw DynamoDbError.validation(
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
        }
        RequestExpressions expressions = RequestExpressions.parse(request);
        Map<String, LegacyParameters.Term> keyConditions = expressions.keyCondition() != null
                ? KeyConditions.fromExpression(expressions.keyCondition())
                : LegacyParameters.conditions(request.object("KeyConditions"));
        // A table's key has two attributes at most; only an index's (multi-attribute keys) can have more.
        if (keyConditions.isEmpty() || keyConditions.size() > 2 && !request.has("IndexName")) {
            throw DynamoDbError.validation("Conditions can be of length 1 or 2 only");
        }
        Condition legacyFilter = LegacyParameters.combine(queryFilter, request.string("ConditionalOperator"));
        ReadRequest read = ReadRequest.of(request, startKey, ItemOperations.either(attributesToGet,
                expressions.projection()), ItemOperations.either(legacyFilter, expressions.filter()),
                legacyFilter != null ? "QueryFilter" : "Filter Expression");
        return new Request(read, keyConditions, !Boolean.FALSE.equals(request.bool("ScanIndexForward")));
    }

    public String run(Request query) {
        ReadRequest read = query.read();
        ReadRequest.Source source = read.source(catalog, "The provided starting key is invalid");
        Table table = source.table();
        IndexDefinition index = source.index();
        KeySchema schema = source.schema();
        Map<String, Value> startKey = read.exclusiveStartKey();
        checkKeyConditions(query.keyConditions(), schema, startKey);
        QueryKeyCondition range = QueryKeyCondition.of(query.keyConditions(), schema);
        byte[] start = null;
        if (startKey != null) {
            read.tableStartKey(table);
            checkStartKeyInRange(query.keyConditions(), schema, startKey);
            start = table.positionOf(index, startKey);
        }
        ScalarKeyPaths.check(table, read.projection());
        if (read.filter() != null) {
            for (String attribute : ConditionPaths.attributes(read.filter())) {
                if (schema.has(attribute)) {
                    throw DynamoDbError.validation(read.filterMember() + " can only contain non-primary key attributes: "
                            + "Primary key attribute: " + attribute);
                }
            }
        }
        ReadSelection selection = ReadSelection.of(read, index, table);
        ScalarKeyPaths.check(table, ItemOperations.paths(read.filter()));
        Iterator<Table.Entry> entries;
        if (start != null) {
            entries = table.entries(index, start, false, !query.forward());
        } else if (query.forward()) {
            entries = table.entries(index, range.lower(), true, false);
        } else {
            entries = table.entries(index, range.upper(), false, true);
        }
        return PageReader.read(table, index, entries, range::contains, null, read.limit(), read.filter(), selection,
                read.consistent(), read.capacityMode());
    }

    /**
     * Each key attribute of the table or index read, in schema order: the starting key has it, of
     * its type; the key conditions name every partition attribute, with EQ, and the sort
     * attributes from the first on without a gap, each but the last with EQ; every operator
     * selects a range and takes values of its attribute's type.
     */
    private static void checkKeyConditions(Map<String, LegacyParameters.Term> conditions, KeySchema schema,
                                           Map<String, Value> startKey) {
        List<KeyAttribute> attributes = schema.attributes();
        int named = 0;
        for (int i = 0; i < attributes.size(); i++) {
            KeyAttribute attribute = attributes.get(i);
            boolean isPartition = schema.isPartition(attribute);
            if (startKey != null) {
                if (startKey.get(attribute.name()) == null) {
                    throw DynamoDbError.validation("The provided starting key is invalid");
                }
                schema.checkKeyPiece(startKey, attribute);
            }
            if (isPartition && schema.sortKeys().isEmpty() && conditions.size() > schema.partitionKeys().size()) {
                throw DynamoDbError.validation("Query key condition not supported");
            }
            LegacyParameters.Term term = conditions.get(attribute.name());
            if (term == null) {
                if (isPartition || conditions.size() > named) {
                    throw DynamoDbError.validation("Query condition missed key schema element: " + attribute.name());
                }
                continue;
            }
            named++;
            if (NOT_INDEXABLE.contains(term.operator())) {
                throw DynamoDbError.validation("Attempted conditional constraint is not an indexable operation");
            }
            if (term.values().stream().anyMatch(v -> !v.type().equals(attribute.type().name()))) {
                throw DynamoDbError.invalidParameter("Condition parameter type does not match schema type");
            }
            boolean laterNamed = attributes.subList(i + 1, attributes.size()).stream()
                    .anyMatch(later -> conditions.containsKey(later.name()));
            if ((isPartition || laterNamed) && !term.operator().equals("EQ")) {
                throw DynamoDbError.validation("Query key condition not supported");
            }
        }
    }

    /** A starting key must lie within the partition and the sort key condition the query reads. */
    private static void checkStartKeyInRange(Map<String, LegacyParameters.Term> conditions, KeySchema schema,
                                             Map<String, Value> startKey) {
        boolean samePartition = schema.partitionKeys().stream()
                .allMatch(key -> conditions.get(key.name()).values().get(0).equals(startKey.get(key.name())));
        List<KeyAttribute> sorted = schema.sortKeys().stream().filter(key -> conditions.containsKey(key.name())).toList();
        if (sorted.isEmpty()) {
            if (!samePartition) {
                throw DynamoDbError.validation(
                        "The provided starting key is outside query boundaries based on provided conditions");
            }
            return;
        }
        Map<String, LegacyParameters.Term> sortTerms = new LinkedHashMap<>();
        Map<String, Value> sortValues = new LinkedHashMap<>();
        sorted.forEach(key -> {
            sortTerms.put(key.name(), conditions.get(key.name()));
            sortValues.put(key.name(), startKey.get(key.name()));
        });
        if (!ConditionEvaluator.matches(LegacyParameters.combine(sortTerms, "AND"), sortValues)) {
            throw DynamoDbError.validation("The provided starting key does not match the range key predicate");
        }
        if (!samePartition) {
            throw DynamoDbError.validation("The query can return at most one row and cannot be restarted");
        }
    }
}
