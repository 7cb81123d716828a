package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.streams.StreamCatalog;
import labrepl.cloud.dynamodb.streams.ViewType;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.IndexDefinition;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.KeyType;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.dynamodb.table.TableDefinition;

/** CreateTable, DescribeTable, ListTables, DeleteTable and DescribeLimits. */
public final class TableOperations {

    private static final long ACCOUNT_MAX_CAPACITY_UNITS = 80_000;
    private static final long TABLE_MAX_CAPACITY_UNITS = 40_000;

    private final TableCatalog catalog;
    private final StreamCatalog streams;
    private final CloudIdentity identity;

    public TableOperations(TableCatalog catalog, StreamCatalog streams, CloudIdentity identity) {
        this.catalog = catalog;
        this.streams = streams;
        this.identity = identity;
    }

    /** A CreateTable as read: the table, and the view type of its stream when one is asked for. */
    public record CreateRequest(TableDefinition definition, ViewType streamViewType) {
    }

    /** A ListTables as read. */
    public record ListRequest(String exclusiveStart, int limit) {
    }

    /**
     * A CreateTable checked in DynamoDB's order: billing and throughput, the key schema against the
     * attribute definitions, the local indexes, then the global ones.
     */
    public CreateRequest readCreate(JsonRequest request) {
        String name = request.string("TableName");
        BillingMode billing = request.has("BillingMode") ? BillingMode.valueOf(request.string("BillingMode"))
                : BillingMode.PROVISIONED;
        Throughput throughput = Throughput.read(request);
        throughput.checkAgainst(billing);
        Map<String, KeyAttribute> definitions = readDefinitions(request);
        List<String> defined = new ArrayList<>(definitions.keySet());
        List<KeySchemaReader.Element> keys = KeySchemaReader.read(request.array("KeySchema"));
        if (keys.size() > definitions.size()) {
            throw DynamoDbError.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        KeySchemaReader.checkDefined(keys, defined);
        KeySchemaReader.checkOrder(keys);
        boolean indexed = request.has("LocalSecondaryIndexes") || request.has("GlobalSecondaryIndexes");
        if (!indexed && keys.size() != definitions.size()) {
            throw mismatchedDefinitions();
        }
        List<IndexReader.Spec> locals = IndexReader.readList(request.array("LocalSecondaryIndexes"));
        List<IndexReader.Spec> globals = IndexReader.readList(request.array("GlobalSecondaryIndexes"));
        Set<String> names = new HashSet<>();
        if (request.has("LocalSecondaryIndexes")) {
            if (locals.isEmpty()) {
                throw DynamoDbError.invalidParameter("List of LocalSecondaryIndexes is empty");
            }
            if (keys.size() != 2) {
                throw DynamoDbError.invalidParameter("Table KeySchema does not have a range key, which is required when "
                        + "specifying a LocalSecondaryIndex");
            }
            locals.forEach(spec -> IndexReader.checkLocal(spec, defined, keys.get(0).attributeName(), names));
            if (locals.size() > IndexReader.MAX_LOCAL) {
                throw DynamoDbError.invalidParameter("Number of LocalSecondaryIndexes exceeds per-table limit of "
                        + IndexReader.MAX_LOCAL);
            }
        }
        if (request.has("GlobalSecondaryIndexes")) {
            if (globals.isEmpty()) {
                throw DynamoDbError.invalidParameter("List of GlobalSecondaryIndexes is empty");
            }
            globals.forEach(spec -> IndexReader.checkGlobal(spec, defined, billing, names));
            if (globals.size() > IndexReader.MAX_GLOBAL) {
                throw DynamoDbError.invalidParameter("GlobalSecondaryIndex count exceeds the per-table limit of "
                        + IndexReader.MAX_GLOBAL);
            }
            globals.forEach(spec -> IndexReader.checkThroughput(spec, billing));
        }
        ViewType streamViewType = readStream(request);
        Unsupported.reject(request, "SSESpecification", "ResourcePolicy");
        KeySchema keySchema = KeySchemaReader.build(keys, definitions);
        String arn = identity.arn("dynamodb", "table/" + name);
        if (indexed) {
            checkDefinitionsUsed(keys, locals, globals, defined);
        }
        List<IndexDefinition> indexes = new ArrayList<>();
        locals.forEach(spec -> indexes.add(IndexReader.define(spec, false, definitions, arn)));
        globals.forEach(spec -> indexes.add(IndexReader.define(spec, true, definitions, arn)));
        return new CreateRequest(new TableDefinition(name, UUID.randomUUID().toString(), arn, keySchema,
                new ArrayList<>(definitions.values()), billing, throughput.read(), throughput.write(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), Boolean.TRUE.equals(request.bool("DeletionProtectionEnabled")),
                request.string("TableClass"), indexes, null, TagOperations.readTags(request), null), streamViewType);
    }

    /** The view type of the stream a CreateTable asks for, or null for none. */
    private static ViewType readStream(JsonRequest request) {
        if (!request.has("StreamSpecification")) {
            return null;
        }
        JsonRequest stream = new JsonRequest(request.object("StreamSpecification"));
        String viewType = stream.string("StreamViewType");
        if (stream.bool("StreamEnabled") && viewType == null) {
            throw DynamoDbError.invalidParameter("Table is being created with a stream enabled, UpdateViewType is "
                    + "required");
        }
        if (!stream.bool("StreamEnabled") && viewType != null) {
            throw DynamoDbError.invalidParameter("Table is being created with a stream disabled, UpdateViewType should "
                    + "not be specified");
        }
        return viewType == null ? null : ViewType.valueOf(viewType);
    }

    /** Answers with TableStatus CREATING, as DynamoDB does; the table is ACTIVE from the next request on. */
    public String create(CreateRequest request) {
        Table table = catalog.create(request.definition());
        if (request.streamViewType() != null) {
            catalog.replace(table, table.definition().withStream(streams.enable(table, request.streamViewType())));
        }
        return describe("TableDescription", table, TableDescriptionWriter.View.CREATE);
    }

    /** AttributeDefinitions by name; a name given twice is refused. */
    static Map<String, KeyAttribute> readDefinitions(JsonRequest request) {
        Map<String, KeyAttribute> definitions = new LinkedHashMap<>();
        if (request.has("AttributeDefinitions")) {
            for (JsonElement element : request.array("AttributeDefinitions")) {
                JsonRequest definition = new JsonRequest(element.getAsJsonObject());
                String attribute = definition.string("AttributeName");
                KeyAttribute key = new KeyAttribute(attribute, KeyType.valueOf(definition.string("AttributeType")));
                if (definitions.put(attribute, key) != null) {
                    throw DynamoDbError.validation("Attribute Name is duplicated: " + attribute);
                }
            }
        }
        return definitions;
    }

    private static DynamoDbError mismatchedDefinitions() {
        return DynamoDbError.invalidParameter("Number of attributes in KeySchema does not exactly match number of "
                + "attributes defined in AttributeDefinitions");
    }

    /** With indexes, every attribute definition must be a key attribute of the table or of an index. */
    private static void checkDefinitionsUsed(List<KeySchemaReader.Element> keys, List<IndexReader.Spec> locals,
                                             List<IndexReader.Spec> globals, List<String> defined) {
        Set<String> used = new LinkedHashSet<>();
        keys.forEach(key -> used.add(key.attributeName()));
        for (IndexReader.Spec spec : locals) {
            spec.keys().forEach(key -> used.add(key.attributeName()));
        }
        for (IndexReader.Spec spec : globals) {
            spec.keys().forEach(key -> used.add(key.attributeName()));
        }
        if (!used.containsAll(defined)) {
            throw DynamoDbError.invalidParameter("Some AttributeDefinitions are not used. AttributeDefinitions: " + defined
                    + ", keys used: " + new ArrayList<>(used));
        }
    }

    /** The one member of DescribeTable, DeleteTable and DescribeTimeToLive. */
    public static String tableName(JsonRequest request) {
        return request.string("TableName");
    }

    public String describe(String name) {
        return describe("Table", catalog.requireNamed(name), TableDescriptionWriter.View.DESCRIBE);
    }

    public String delete(String name) {
        Table table = catalog.requireNamed(name);
        if (table.definition().deletionProtection()) {
            throw DynamoDbError.validation("Resource cannot be deleted as it is currently protected against deletion."
                    + " Disable deletion protection first.");
        }
        String description = describe("TableDescription", table, TableDescriptionWriter.View.DELETE);
        streams.disable(table);
        catalog.delete(name);
        return description;
    }

    static String describe(String member, Table table, TableDescriptionWriter.View view) {
        JsonText out = new JsonText().beginObject().name(member);
        TableDescriptionWriter.write(out, table, view);
        return out.endObject().toString();
    }

    /** DynamoDB's default provisioned-capacity quotas per account and per table in a region. */
    public static String describeLimits(JsonRequest request) {
        return new JsonText().beginObject()
                .field("AccountMaxReadCapacityUnits", ACCOUNT_MAX_CAPACITY_UNITS)
                .field("AccountMaxWriteCapacityUnits", ACCOUNT_MAX_CAPACITY_UNITS)
                .field("TableMaxReadCapacityUnits", TABLE_MAX_CAPACITY_UNITS)
                .field("TableMaxWriteCapacityUnits", TABLE_MAX_CAPACITY_UNITS)
                .endObject().toString();
    }

    public static ListRequest readList(JsonRequest request) {
        Long limit = request.integer("Limit");
        return new ListRequest(request.string("ExclusiveStartTableName"), limit == null ? 100 : limit.intValue());
    }

    public String list(ListRequest request) {
        String start = request.exclusiveStart();
        List<String> names = catalog.names().stream().filter(n -> start == null || n.compareTo(start) > 0).toList();
        List<String> page = names.subList(0, Math.min(request.limit(), names.size()));
        JsonText out = new JsonText().beginObject().name("TableNames").beginArray();
        page.forEach(out::value);
        out.endArray();
        if (names.size() > page.size()) {
            out.field("LastEvaluatedTableName", page.get(page.size() - 1));
        }
        return out.endObject().toString();
    }
}
