package labrepl.cloud.dynamodb.ops;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.KeyType;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.dynamodb.table.TableDefinition;

/** CreateTable, DescribeTable, ListTables and DeleteTable. */
public final class TableOperations {

    private static final long ACCOUNT_MAX_CAPACITY_UNITS = 80_000;
    private static final long TABLE_MAX_CAPACITY_UNITS = 40_000;
    private static final List<String> TABLE_CLASSES = List.of("STANDARD", "STANDARD_INFREQUENT_ACCESS");

    private final TableCatalog catalog;
    private final CloudIdentity identity;

    public TableOperations(TableCatalog catalog, CloudIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    /**
     * Answers with TableStatus CREATING, as DynamoDB does; the table is ACTIVE from the next
     * request on, so a waiter's first poll succeeds instead of sleeping 20 s.
     */
    public String createTable(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = request.string("TableName");
        if (name == null) {
            throw DynamoDbError.validation("The parameter 'TableName' is required but was not present in the request");
        }
        if (name.length() < 3 || name.length() > 255) {
            throw DynamoDbError.validation("TableName must be at least 3 characters long and at most 255 characters long");
        }
        constraints.pattern("tableName", name, TableNames.NAME);
        List<KeySchemaReader.Element> keys = KeySchemaReader.read(request.array("KeySchema"), "keySchema", constraints);
        Map<String, KeyAttribute> definitions = readDefinitions(request, constraints);
        String billing = request.string("BillingMode");
        constraints.oneOf("billingMode", billing, BillingMode.NAMES);
        Throughput throughput = Throughput.read(request, constraints);
        String tableClass = request.string("TableClass");
        constraints.oneOf("tableClass", tableClass, TABLE_CLASSES);
        List<IndexReader.Spec> globalSpecs = IndexReader.readList(request.array("GlobalSecondaryIndexes"),
                "globalSecondaryIndexes", true, constraints);
        List<IndexReader.Spec> localSpecs = IndexReader.readList(request.array("LocalSecondaryIndexes"),
                "localSecondaryIndexes", false, constraints);
        Map<String, String> tags = TagOperations.readTags(request, constraints);
        constraints.throwIfViolated();
        Unsupported.reject(request, "StreamSpecification");

        BillingMode mode = billing == null ? BillingMode.PROVISIONED : BillingMode.valueOf(billing);
        throughput.checkAgainst(mode);
        KeySchema keySchema = tableKeySchema(keys, definitions);
        String arn = identity.arn("dynamodb", "table/" + name);
        List<IndexDefinition> indexes = indexes(request, globalSpecs, localSpecs, keySchema, definitions, mode, arn);
        checkDefinitionsUsed(keySchema, indexes, definitions);
        Boolean protection = request.bool("DeletionProtectionEnabled");
        TableDefinition definition = new TableDefinition(name, UUID.randomUUID().toString(), arn, keySchema,
                new ArrayList<>(definitions.values()), mode, throughput.read(), throughput.write(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), Boolean.TRUE.equals(protection), tableClass, indexes,
                null, tags);
        Table table = catalog.create(definition);
        return describe("TableDescription", table, TableDescriptionWriter.View.CREATE);
    }

    /** AttributeDefinitions by name; a name given twice is refused. */
    static Map<String, KeyAttribute> readDefinitions(JsonRequest request, Constraints constraints) {
        constraints.notNull("attributeDefinitions", request.array("AttributeDefinitions"));
        List<JsonRequest> elements = KeySchemaReader.list(request.array("AttributeDefinitions"));
        Map<String, KeyAttribute> definitions = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = "attributeDefinitions." + (i + 1) + ".member.";
            String attribute = elements.get(i).string("AttributeName");
            String type = elements.get(i).string("AttributeType");
            constraints.notNull(path + "attributeName", attribute).length(path + "attributeName", attribute, 1, 255);
            constraints.notNull(path + "attributeType", type).oneOf(path + "attributeType", type, KeyType.NAMES);
            if (attribute != null && type != null && KeyType.NAMES.contains(type)) {
                if (definitions.put(attribute, new KeyAttribute(attribute, KeyType.valueOf(type))) != null) {
                    throw DynamoDbError.validation("Attribute Name is duplicated: " + attribute);
                }
            }
        }
        return definitions;
    }

    private static KeySchema tableKeySchema(List<KeySchemaReader.Element> keys, Map<String, KeyAttribute> definitions) {
        if (keys.size() > definitions.size()) {
            throw DynamoDbError.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        return KeySchemaReader.build(keys, definitions);
    }

    private static List<IndexDefinition> indexes(JsonRequest request, List<IndexReader.Spec> globalSpecs,
                                                 List<IndexReader.Spec> localSpecs, KeySchema keySchema,
                                                 Map<String, KeyAttribute> definitions, BillingMode mode, String arn) {
        if (request.has("LocalSecondaryIndexes")) {
            if (localSpecs.isEmpty()) {
                throw DynamoDbError.invalidParameter("List of LocalSecondaryIndexes is empty");
            }
            if (keySchema.sortKey().isEmpty()) {
                throw DynamoDbError.invalidParameter("Table KeySchema does not have a range key, which is required when "
                        + "specifying a LocalSecondaryIndex");
            }
        }
        if (request.has("GlobalSecondaryIndexes") && globalSpecs.isEmpty()) {
            throw DynamoDbError.invalidParameter("List of GlobalSecondaryIndexes is empty");
        }
        List<IndexDefinition> indexes = new ArrayList<>();
        localSpecs.forEach(spec -> indexes.add(IndexReader.define(spec, false, keySchema, definitions, mode, arn)));
        globalSpecs.forEach(spec -> indexes.add(IndexReader.define(spec, true, keySchema, definitions, mode, arn)));
        IndexReader.checkNames(indexes, new HashSet<>());
        return indexes;
    }

    /** Every attribute definition must be a key of the table or of an index. */
    static void checkDefinitionsUsed(KeySchema table, List<IndexDefinition> indexes, Map<String, KeyAttribute> definitions) {
        Set<String> used = new HashSet<>();
        for (KeyAttribute key : table.attributes()) {
            used.add(key.name());
        }
        for (IndexDefinition index : indexes) {
            for (KeyAttribute key : index.keySchema().attributes()) {
                used.add(key.name());
            }
        }
        if (!used.equals(definitions.keySet())) {
            throw DynamoDbError.invalidParameter("Number of attributes in KeySchema does not exactly match number of "
                    + "attributes defined in AttributeDefinitions");
        }
    }

    public String describeTable(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.readForTableOperation(request.string("TableName"), identity, constraints);
        constraints.throwIfViolated();
        return describe("Table", catalog.requireNamed(name), TableDescriptionWriter.View.DESCRIBE);
    }

    public String deleteTable(JsonRequest request) {
        Constraints constraints = new Constraints();
        String name = TableNames.readForTableOperation(request.string("TableName"), identity, constraints);
        constraints.throwIfViolated();
        Table table = catalog.requireNamed(name);
        if (table.definition().deletionProtection()) {
            throw DynamoDbError.validation("Resource cannot be deleted as it is currently protected against deletion."
                    + " Disable deletion protection first.");
        }
        String description = describe("TableDescription", table, TableDescriptionWriter.View.DELETE);
        catalog.delete(name);
        return description;
    }

    static String describe(String member, Table table, TableDescriptionWriter.View view) {
        JsonText out = new JsonText().beginObject().name(member);
        TableDescriptionWriter.write(out, table, view);
        return out.endObject().toString();
    }

    /** DynamoDB's default provisioned-capacity quotas per account and per table in a region. */
    public String describeLimits(JsonRequest request) {
        return new JsonText().beginObject()
                .field("AccountMaxReadCapacityUnits", ACCOUNT_MAX_CAPACITY_UNITS)
                .field("AccountMaxWriteCapacityUnits", ACCOUNT_MAX_CAPACITY_UNITS)
                .field("TableMaxReadCapacityUnits", TABLE_MAX_CAPACITY_UNITS)
                .field("TableMaxWriteCapacityUnits", TABLE_MAX_CAPACITY_UNITS)
                .endObject().toString();
    }

    public String listTables(JsonRequest request) {
        String start = request.string("ExclusiveStartTableName");
        Long limit = request.integer("Limit");
        new Constraints()
                .length("exclusiveStartTableName", start, 3, 255)
                .pattern("exclusiveStartTableName", start, TableNames.NAME)
                .range("limit", limit, 1, 100)
                .throwIfViolated();
        int pageSize = limit == null ? 100 : limit.intValue();
        List<String> names = catalog.names().stream().filter(n -> start == null || n.compareTo(start) > 0).toList();
        List<String> page = names.subList(0, Math.min(pageSize, names.size()));
        JsonText out = new JsonText().beginObject().name("TableNames").beginArray();
        page.forEach(out::value);
        out.endArray();
        if (names.size() > page.size()) {
            out.field("LastEvaluatedTableName", page.get(page.size() - 1));
        }
        return out.endObject().toString();
    }
}
