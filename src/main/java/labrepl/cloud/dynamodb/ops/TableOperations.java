package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import labrepl.cloud.CloudIdentity;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.BillingMode;
import labrepl.cloud.dynamodb.table.KeyAttribute;
import labrepl.cloud.dynamodb.table.KeySchema;
import labrepl.cloud.dynamodb.table.KeyType;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;
import labrepl.cloud.dynamodb.table.TableDefinition;

/** CreateTable, DescribeTable, ListTables and DeleteTable. */
public final class TableOperations {

    private static final List<String> KEY_TYPES = List.of("HASH", "RANGE");
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
        List<JsonRequest> keyElements = list(request.array("KeySchema"));
        constraints.notNull("keySchema", request.array("KeySchema"));
        if (request.has("KeySchema")) {
            constraints.size("keySchema", keyElements, 1, 2, keySchemaText(keyElements));
        }
        List<String[]> keys = new ArrayList<>();
        for (int i = 0; i < keyElements.size(); i++) {
            String path = "keySchema." + (i + 1) + ".member.";
            String attribute = keyElements.get(i).string("AttributeName");
            String keyType = keyElements.get(i).string("KeyType");
            constraints.notNull(path + "attributeName", attribute).length(path + "attributeName", attribute, 1, 255);
            constraints.notNull(path + "keyType", keyType).oneOf(path + "keyType", keyType, KEY_TYPES);
            keys.add(new String[] {attribute, keyType});
        }
        List<JsonRequest> definitionElements = list(request.array("AttributeDefinitions"));
        constraints.notNull("attributeDefinitions", request.array("AttributeDefinitions"));
        List<KeyAttribute> definitions = new ArrayList<>();
        for (int i = 0; i < definitionElements.size(); i++) {
            String path = "attributeDefinitions." + (i + 1) + ".member.";
            String attribute = definitionElements.get(i).string("AttributeName");
            String type = definitionElements.get(i).string("AttributeType");
            constraints.notNull(path + "attributeName", attribute).length(path + "attributeName", attribute, 1, 255);
            constraints.notNull(path + "attributeType", type).oneOf(path + "attributeType", type, KeyType.NAMES);
            if (attribute != null && type != null && KeyType.NAMES.contains(type)) {
                definitions.add(new KeyAttribute(attribute, KeyType.valueOf(type)));
            }
        }
        String billing = request.string("BillingMode");
        constraints.oneOf("billingMode", billing, BillingMode.NAMES);
        JsonObject throughputJson = request.object("ProvisionedThroughput");
        Long read = null;
        Long write = null;
        if (throughputJson != null) {
            JsonRequest throughput = new JsonRequest(throughputJson);
            read = throughput.integer("ReadCapacityUnits");
            write = throughput.integer("WriteCapacityUnits");
            constraints.notNull("provisionedThroughput.readCapacityUnits", read)
                    .range("provisionedThroughput.readCapacityUnits", read, 1, Long.MAX_VALUE)
                    .notNull("provisionedThroughput.writeCapacityUnits", write)
                    .range("provisionedThroughput.writeCapacityUnits", write, 1, Long.MAX_VALUE);
        }
        String tableClass = request.string("TableClass");
        constraints.oneOf("tableClass", tableClass, TABLE_CLASSES);
        constraints.throwIfViolated();
        rejectIndexes(request);

        KeySchema keySchema = keySchema(keys, definitions);
        BillingMode mode = billing == null ? BillingMode.PROVISIONED : BillingMode.valueOf(billing);
        if (mode == BillingMode.PROVISIONED && throughputJson == null) {
            throw DynamoDbError.invalidParameter(
                    "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        if (mode == BillingMode.PAY_PER_REQUEST && throughputJson != null) {
            throw DynamoDbError.invalidParameter(
                    "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }
        Boolean protection = request.bool("DeletionProtectionEnabled");
        TableDefinition definition = new TableDefinition(name, UUID.randomUUID().toString(),
                identity.arn("dynamodb", "table/" + name), keySchema, definitions, mode,
                read == null ? 0 : read, write == null ? 0 : write, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                Boolean.TRUE.equals(protection), tableClass);
        Table table = catalog.create(definition);
        return describe("TableDescription", table, TableDescriptionWriter.View.CREATE);
    }

    private static String keySchemaText(List<JsonRequest> elements) {
        List<String> shown = new ArrayList<>();
        for (JsonRequest element : elements) {
            shown.add("KeySchemaElement(attributeName=" + element.string("AttributeName") + ", keyType="
                    + element.string("KeyType") + ")");
        }
        return shown.toString();
    }

    private static void rejectIndexes(JsonRequest request) {
        for (String member : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes", "StreamSpecification")) {
            if (request.has(member)) {
                throw DynamoDbError.validation(member + " is not supported by the LabREPL local cloud yet.");
            }
        }
    }

    private static KeySchema keySchema(List<String[]> keys, List<KeyAttribute> definitions) {
        if (!keys.get(0)[1].equals("HASH")) {
            throw DynamoDbError.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (keys.size() == 2) {
            if (!keys.get(1)[1].equals("RANGE")) {
                throw DynamoDbError.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            }
            if (keys.get(0)[0].equals(keys.get(1)[0])) {
                throw DynamoDbError.validation(
                        "Both the Hash Key and the Range Key element in the KeySchema have the same name");
            }
        }
        Set<String> defined = new LinkedHashSet<>();
        for (KeyAttribute definition : definitions) {
            if (!defined.add(definition.name())) {
                throw DynamoDbError.validation("Attribute Name is duplicated: " + definition.name());
            }
        }
        List<String> keyNames = keys.stream().map(k -> k[0]).toList();
        if (keyNames.size() > defined.size()) {
            throw DynamoDbError.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        if (!defined.containsAll(keyNames)) {
            throw DynamoDbError.invalidParameter("Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + keyNames + ", AttributeDefinitions: " + new ArrayList<>(defined));
        }
        if (defined.size() != keyNames.size()) {
            throw DynamoDbError.invalidParameter(
                    "Number of attributes in KeySchema does not exactly match number of attributes defined in"
                            + " AttributeDefinitions");
        }
        KeyAttribute partition = definitionOf(keys.get(0)[0], definitions);
        KeyAttribute sort = keys.size() == 2 ? definitionOf(keys.get(1)[0], definitions) : null;
        return new KeySchema(partition, sort);
    }

    private static KeyAttribute definitionOf(String name, List<KeyAttribute> definitions) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<JsonRequest> list(JsonArray array) {
        List<JsonRequest> elements = new ArrayList<>();
        if (array != null) {
            for (JsonElement element : array) {
                elements.add(JsonRequest.of(element));
            }
        }
        return elements;
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

    private static String describe(String member, Table table, TableDescriptionWriter.View view) {
        JsonText out = new JsonText().beginObject().name(member);
        TableDescriptionWriter.write(out, table, view);
        return out.endObject().toString();
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
