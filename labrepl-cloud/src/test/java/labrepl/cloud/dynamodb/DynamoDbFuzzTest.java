package labrepl.cloud.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.shape.DynamoDbShapes;
import labrepl.cloud.dynamodb.shape.Shape;
import labrepl.cloud.dynamodb.shape.ShapeReader;
import labrepl.cloud.junit.TestCloud;
import org.junit.jupiter.api.Test;

/**
 * Random requests, well-formed and not, straight onto the wire: the server always answers
 * 200 or a DynamoDB-shaped 400, a refused write leaves the table exactly as it was, and the
 * table's stream holds one record for each item an answered write changed.
 */
class DynamoDbFuzzTest {

    private static final int REQUESTS = 1500;
    private static final Set<String> NAMESPACES = Set.of("com.amazon.coral.validate", "com.amazon.coral.service",
            "com.amazonaws.dynamodb.v20120810");
    private static final List<String> WRITES = List.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");
    private static final List<String> READS = List.of("GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems");
    private static final String[] TOKENS = {"a", "b", "c.d", "l[0]", "l[9]", "#n", "#m", ":v", ":w", ":s", ":l", "=", "<>",
        "<", ">=", "(", ")", ",", "AND", "OR", "NOT", "BETWEEN", "IN", "size", "begins_with", "contains",
        "attribute_exists", "if_not_exists", "list_append", "SET", "REMOVE", "ADD", "DELETE", "+", "-", "pk", "sk",
        "name", "[", "]", ".", "_x", "$", ""};

    private static final Map<String, Shape.Structure> SHAPES = Map.ofEntries(
            Map.entry("PutItem", DynamoDbShapes.PUT_ITEM), Map.entry("UpdateItem", DynamoDbShapes.UPDATE_ITEM),
            Map.entry("DeleteItem", DynamoDbShapes.DELETE_ITEM), Map.entry("GetItem", DynamoDbShapes.GET_ITEM),
            Map.entry("Query", DynamoDbShapes.QUERY), Map.entry("Scan", DynamoDbShapes.SCAN),
            Map.entry("BatchWriteItem", DynamoDbShapes.BATCH_WRITE_ITEM),
            Map.entry("BatchGetItem", DynamoDbShapes.BATCH_GET_ITEM),
            Map.entry("TransactWriteItems", DynamoDbShapes.TRANSACT_WRITE_ITEMS),
            Map.entry("TransactGetItems", DynamoDbShapes.TRANSACT_GET_ITEMS),
            Map.entry("CreateTable", DynamoDbShapes.CREATE_TABLE), Map.entry("UpdateTable", DynamoDbShapes.UPDATE_TABLE));
    private static final ShapeReader READER = new ShapeReader("arn:aws:dynamodb:us-west-2:000000000000:table/");

    private final Random random = new Random(42);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void randomRequestsGetAnAnswerOrADynamoDbErrorAndRefusedWritesChangeNothing() throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            URI endpoint = URI.create(cloud.endpoint() + "/");
            send(endpoint, "CreateTable", JsonParser.parseString("{\"TableName\":\"fuzz\",\"BillingMode\":\"PAY_PER_REQUEST\","
                    + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                    + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"},{\"AttributeName\":\"g\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
                    + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"by-g\",\"KeySchema\":[{\"AttributeName\":\"g\","
                    + "\"KeyType\":\"HASH\"}],\"Projection\":{\"ProjectionType\":\"ALL\"}}],"
                    + "\"StreamSpecification\":{\"StreamEnabled\":true,\"StreamViewType\":\"NEW_AND_OLD_IMAGES\"}}")
                    .getAsJsonObject().toString());
            int answered = 0;
            int refused = 0;
            int changedItems = 0;
            for (int i = 0; i < REQUESTS; i++) {
                boolean write = random.nextBoolean();
                String operation = pick(write ? WRITES : READS);
                String before = write ? snapshot(endpoint) : null;
                HttpResponse<String> response = send(endpoint, operation, request(operation));
                if (response.statusCode() == 200) {
                    answered++;
                    changedItems += write ? changedItems(before, snapshot(endpoint)) : 0;
                    continue;
                }
                refused++;
                assertEquals(400, response.statusCode(), response.body());
                String type = JsonParser.parseString(response.body()).getAsJsonObject().get("__type").getAsString();
                assertTrue(NAMESPACES.contains(type.split("#")[0]), type);
                if (write) {
                    assertEquals(before, snapshot(endpoint), "a refused " + operation + " changed the table: " + response.body());
                }
            }
            assertTrue(answered > REQUESTS / 10 && refused > REQUESTS / 10, answered + " answered, " + refused + " refused");
            assertEquals(changedItems, streamRecords(endpoint), "stream records for the items answered writes changed");
        }
    }

    /** How many items differ between two snapshots of the table. */
    private static int changedItems(String before, String after) {
        Map<String, String> old = itemsByKey(before);
        Map<String, String> now = itemsByKey(after);
        java.util.Set<String> keys = new java.util.HashSet<>(old.keySet());
        keys.addAll(now.keySet());
        return (int) keys.stream().filter(key -> !java.util.Objects.equals(old.get(key), now.get(key))).count();
    }

    /** The items of a snapshot's table scan (the first JSON document of it), by key. */
    private static Map<String, String> itemsByKey(String snapshot) {
        Map<String, String> items = new java.util.HashMap<>();
        JsonObject scan = JsonParser.parseReader(new java.io.StringReader(snapshot.substring(0, snapshot.indexOf("}{") + 1)))
                .getAsJsonObject();
        for (JsonElement element : scan.getAsJsonArray("Items")) {
            JsonObject item = element.getAsJsonObject();
            items.put(item.get("pk") + "/" + item.get("sk"), canonical(item).toString());
        }
        return items;
    }

    /** The item with its attributes in name order, so two writes of the same item compare equal. */
    private static JsonElement canonical(JsonElement element) {
        if (!element.isJsonObject()) {
            return element;
        }
        JsonObject sorted = new JsonObject();
        element.getAsJsonObject().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.add(entry.getKey(), canonical(entry.getValue())));
        return sorted;
    }

    /** Every record of the fuzz table's stream, read from its start through DynamoDB Streams' API. */
    private int streamRecords(URI endpoint) throws Exception {
        String arn = JsonParser.parseString(sendStreams(endpoint, "ListStreams", "{\"TableName\":\"fuzz\"}").body())
                .getAsJsonObject().getAsJsonArray("Streams").get(0).getAsJsonObject().get("StreamArn").getAsString();
        String shard = JsonParser.parseString(sendStreams(endpoint, "DescribeStream", "{\"StreamArn\":\"" + arn + "\"}")
                .body()).getAsJsonObject().getAsJsonObject("StreamDescription").getAsJsonArray("Shards").get(0)
                .getAsJsonObject().get("ShardId").getAsString();
        String iterator = JsonParser.parseString(sendStreams(endpoint, "GetShardIterator", "{\"StreamArn\":\"" + arn
                + "\",\"ShardId\":\"" + shard + "\",\"ShardIteratorType\":\"TRIM_HORIZON\"}").body())
                .getAsJsonObject().get("ShardIterator").getAsString();
        int records = 0;
        while (true) {
            JsonObject page = JsonParser.parseString(sendStreams(endpoint, "GetRecords", "{\"ShardIterator\":\""
                    + iterator + "\"}").body()).getAsJsonObject();
            int found = page.getAsJsonArray("Records").size();
            if (found == 0) {
                return records;
            }
            records += found;
            iterator = page.get("NextShardIterator").getAsString();
        }
    }

    /** Random DynamoDB Streams requests: an answer or a DynamoDB-shaped 400, never anything else. */
    @Test
    void randomStreamsRequestsGetAnAnswerOrADynamoDbError() throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            URI endpoint = URI.create(cloud.endpoint() + "/");
            String arn = JsonParser.parseString(send(endpoint, "CreateTable", "{\"TableName\":\"streamed\",\"BillingMode\":"
                    + "\"PAY_PER_REQUEST\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                    + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"StreamSpecification\":"
                    + "{\"StreamEnabled\":true,\"StreamViewType\":\"KEYS_ONLY\"}}").body()).getAsJsonObject()
                    .getAsJsonObject("TableDescription").get("LatestStreamArn").getAsString();
            List<String> arns = List.of(arn, arn + "x", "arn:aws:dynamodb:us-west-2:000000000000:table/streamed/stream/x", "", "a");
            List<String> values = List.of("\"" + arn + "\"", "\"shardId-00000000000000000000-00000000\"",
                    "\"TRIM_HORIZON\"", "\"LATEST\"", "\"AT_SEQUENCE_NUMBER\"", "\"100000000000000000001\"", "\"1\"",
                    "0", "-1", "5", "true", "null", "[]", "{}", "\"\"", "\"" + arn + "|1|AAAAAAAAAAEAAAAAAAAAAA==\"");
            List<String> members = List.of("StreamArn", "TableName", "Limit", "ExclusiveStartStreamArn",
                    "ExclusiveStartShardId", "ShardId", "ShardIteratorType", "SequenceNumber", "ShardIterator",
                    "ShardFilter");
            for (int i = 0; i < REQUESTS / 3; i++) {
                JsonObject request = new JsonObject();
                request.addProperty("StreamArn", pick(arns));
                for (int m = random.nextInt(4); m >= 0; m--) {
                    request.add(pick(members), JsonParser.parseString(pick(values)));
                }
                String operation = pick(List.of("ListStreams", "DescribeStream", "GetShardIterator", "GetRecords"));
                HttpResponse<String> answer = sendStreams(endpoint, operation, request.toString());
                if (answer.statusCode() != 200) {
                    assertEquals(400, answer.statusCode(), operation + " " + request + " -> " + answer.body());
                    String type = JsonParser.parseString(answer.body()).getAsJsonObject().get("__type").getAsString();
                    assertTrue(NAMESPACES.contains(type.split("#")[0]), type);
                }
            }
        }
    }

    /**
     * DynamoDB's order of checks: a member of the wrong JSON type anywhere in the body is a
     * SerializationException, even when the table is missing and other members are wrong; a
     * constraint violation comes before the operation's own checks and the table's existence.
     */
    @Test
    void aWrongJsonTypeWinsOverEveryOtherMistakeAndAConstraintOverTheMissingTable() throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            URI endpoint = URI.create(cloud.endpoint() + "/");
            List<String> operations = new java.util.ArrayList<>(WRITES);
            operations.addAll(READS);
            operations.addAll(List.of("CreateTable", "UpdateTable"));
            for (int i = 0; i < REQUESTS / 3; i++) {
                String operation = pick(operations);
                JsonObject declared = declaredBody(operation);
                JsonObject request = declared.deepCopy();
                if (random.nextBoolean()) {
                    request.remove("TableName");
                }
                if (request.size() == 0) {
                    continue;
                }
                HttpResponse<String> answer = send(endpoint, operation, withWrongType(request).toString());
                assertEquals(400, answer.statusCode(), answer.body());
                assertEquals("com.amazon.coral.service#SerializationException",
                        JsonParser.parseString(answer.body()).getAsJsonObject().get("__type").getAsString(),
                        operation + " " + answer.body());

                JsonObject wrongEnum = declared.deepCopy();
                wrongEnum.addProperty(operation.endsWith("Table") ? "BillingMode" : "ReturnConsumedCapacity", "BOGUS");
                if (wrongEnum.has("TableName")) {
                    wrongEnum.addProperty("TableName", "no-such-table");
                }
                JsonObject refused = JsonParser.parseString(send(endpoint, operation, wrongEnum.toString()).body())
                        .getAsJsonObject();
                assertTrue(refused.get("message").getAsString().matches("\\d+ validation errors? detected: .*"),
                        operation + " " + wrongEnum + " -> " + refused);
            }
        }
    }

    /** A null among the members of any list or set, at any depth, is a 400 in DynamoDB's shape, never a 500. */
    @Test
    void aNullAmongTheMembersOfAnyListOrSetIsRefused() throws Exception {
        try (TestCloud cloud = TestCloud.inMemory()) {
            URI endpoint = URI.create(cloud.endpoint() + "/");
            List<String> operations = List.copyOf(new java.util.TreeSet<>(SHAPES.keySet()));
            for (int i = 0; i < REQUESTS / 3; i++) {
                String operation = pick(operations);
                JsonObject request = declaredBody(operation);
                List<JsonElement[]> slots = new java.util.ArrayList<>();
                collectSlots(request, slots);
                List<JsonArray> arrays = slots.stream().map(slot -> slot[1]).filter(JsonElement::isJsonArray)
                        .map(JsonElement::getAsJsonArray).toList();
                if (arrays.isEmpty()) {
                    continue;
                }
                JsonArray members = pick(arrays);
                members.add(JsonNull.INSTANCE);
                if (members.size() > 1 && random.nextBoolean()) { // first rather than last
                    members.set(members.size() - 1, members.set(0, JsonNull.INSTANCE));
                }
                HttpResponse<String> answer = send(endpoint, operation, request.toString());
                assertEquals(400, answer.statusCode(), operation + " " + request + " -> " + answer.body());
                assertTrue(NAMESPACES.contains(JsonParser.parseString(answer.body()).getAsJsonObject().get("__type")
                        .getAsString().split("#")[0]), answer.body());
            }
        }
    }

    /**
     * A random body of the operation with only its declared members (DynamoDB ignores the others,
     * whatever their type) and every value of its declared type.
     */
    private JsonObject declaredBody(String operation) {
        while (true) {
            try {
                return READER.read(tableBody(operation), SHAPES.get(operation));
            } catch (DynamoDbError alreadyWrong) {
                // a generated value of the wrong type: draw another
            }
        }
    }

    private JsonObject tableBody(String operation) {
        return switch (operation) {
            case "CreateTable" -> JsonParser.parseString("{\"TableName\":\"t" + random.nextInt(1000) + "\","
                    + "\"BillingMode\":\"PAY_PER_REQUEST\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\","
                    + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                    + "\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}],\"DeletionProtectionEnabled\":false}").getAsJsonObject();
            case "UpdateTable" -> JsonParser.parseString("{\"TableName\":\"fuzz\",\"ProvisionedThroughput\":"
                    + "{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5},\"GlobalSecondaryIndexUpdates\":[{\"Delete\":"
                    + "{\"IndexName\":\"by-g\"}}]}").getAsJsonObject();
            default -> body(operation);
        };
    }

    /** The request with one member, at any depth, replaced by a value of a JSON type it can never have. */
    private JsonObject withWrongType(JsonObject request) {
        List<JsonElement[]> slots = new java.util.ArrayList<>();
        collectSlots(request, slots);
        JsonElement[] slot = pick(slots);
        JsonElement value = slot[1];
        JsonElement wrong = value.isJsonObject() || value.isJsonArray() ? JsonParser.parseString("7")
                : value.getAsJsonPrimitive().isString() ? new JsonObject()
                : value.getAsJsonPrimitive().isNumber() ? JsonParser.parseString("\"7\"") : new JsonArray();
        if (slot[0].isJsonObject()) {
            JsonObject parent = slot[0].getAsJsonObject();
            parent.entrySet().stream().filter(e -> e.getValue() == value).findFirst()
                    .ifPresent(e -> parent.add(e.getKey(), wrong));
        } else {
            JsonArray parent = slot[0].getAsJsonArray();
            for (int i = 0; i < parent.size(); i++) {
                if (parent.get(i) == value) {
                    parent.set(i, wrong);
                }
            }
        }
        return request;
    }

    private static void collectSlots(JsonElement parent, List<JsonElement[]> slots) {
        Iterable<JsonElement> children = parent.isJsonObject() ? parent.getAsJsonObject().asMap().values()
                : parent.getAsJsonArray();
        for (JsonElement child : children) {
            slots.add(new JsonElement[] {parent, child});
            if (child.isJsonObject() || child.isJsonArray()) {
                collectSlots(child, slots);
            }
        }
    }

    private String snapshot(URI endpoint) throws Exception {
        String table = send(endpoint, "Scan", "{\"TableName\":\"fuzz\",\"ConsistentRead\":true}").body();
        String index = send(endpoint, "Scan", "{\"TableName\":\"fuzz\",\"IndexName\":\"by-g\"}").body();
        return table + index;
    }

    private HttpResponse<String> send(URI endpoint, String operation, String body) throws Exception {
        return sendTo(endpoint, "DynamoDB_20120810." + operation, body);
    }

    private HttpResponse<String> sendStreams(URI endpoint, String operation, String body) throws Exception {
        return sendTo(endpoint, "DynamoDBStreams_20120810." + operation, body);
    }

    private HttpResponse<String> sendTo(URI endpoint, String target, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint)
                .header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=fuzz/20240101/us-west-2/dynamodb/aws4_request, "
                        + "SignedHeaders=host, Signature=0")
                .header("X-Amz-Date", "20240101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String request(String operation) {
        if (random.nextInt(20) == 0) {
            return pick(List.of("{", "[]", "{\"TableName\":5}", "{\"Item\":[]}", "null", "{\"TableName\":\"fuzz\",\"Key\":7}"));
        }
        JsonObject request = body(operation);
        if (random.nextInt(4) > 0) {
            keepUsedPlaceholders(request);
        }
        if (random.nextInt(8) == 0) {
            request.remove(pick(List.copyOf(request.keySet())));
        }
        return request.toString();
    }

    /** Mostly send only the placeholders the expressions use, so that most requests get past validation. */
    private static void keepUsedPlaceholders(JsonObject request) {
        StringBuilder expressions = new StringBuilder();
        request.entrySet().forEach(member -> {
            if (member.getKey().endsWith("Expression")) {
                expressions.append(member.getValue().getAsString()).append(' ');
            }
        });
        for (String member : List.of("ExpressionAttributeValues", "ExpressionAttributeNames")) {
            if (request.has(member)) {
                JsonObject placeholders = request.getAsJsonObject(member);
                List.copyOf(placeholders.keySet()).forEach(name -> {
                    if (!expressions.toString().matches("(?s).*" + name + "\\b.*")) {
                        placeholders.remove(name);
                    }
                });
                if (placeholders.size() == 0) {
                    request.remove(member);
                }
            }
        }
    }

    private JsonObject body(String operation) {
        JsonObject request = new JsonObject();
        switch (operation) {
            case "PutItem" -> {
                request.addProperty("TableName", "fuzz");
                request.add("Item", item(true));
                maybeCondition(request, "ConditionExpression");
            }
            case "UpdateItem" -> {
                request.addProperty("TableName", "fuzz");
                request.add("Key", key());
                request.addProperty("UpdateExpression", random.nextBoolean() ? pick(List.of("SET a = :v", "SET b = b + :v",
                        "ADD n :v", "REMOVE a, l[0]", "SET l = list_append(l, :l)", "SET g = :s", "DELETE s :v",
                        "SET c.d = :v", "SET a = if_not_exists(a, :v)")) : garbage());
                maybeCondition(request, "ConditionExpression");
                request.addProperty("ReturnValues", pick(List.of("NONE", "ALL_NEW", "UPDATED_OLD", "BOGUS")));
            }
            case "DeleteItem", "GetItem" -> {
                request.addProperty("TableName", "fuzz");
                request.add("Key", key());
                maybeCondition(request, operation.equals("GetItem") ? "ProjectionExpression" : "ConditionExpression");
            }
            case "Query" -> {
                request.addProperty("TableName", "fuzz");
                request.addProperty("KeyConditionExpression", random.nextBoolean() ? "pk = :s AND sk > :v" : garbage());
                maybeCondition(request, "FilterExpression");
                addValues(request);
            }
            case "Scan" -> {
                request.addProperty("TableName", random.nextInt(10) == 0 ? "nope" : "fuzz");
                maybeCondition(request, "FilterExpression");
                if (random.nextBoolean()) {
                    request.addProperty("Limit", random.nextInt(5) - 1);
                }
            }
            case "BatchWriteItem" -> {
                JsonArray writes = new JsonArray();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    JsonObject put = new JsonObject();
                    put.add("Item", item(true));
                    JsonObject element = new JsonObject();
                    element.add(random.nextBoolean() ? "PutRequest" : "DeleteRequest", random.nextBoolean() ? put : keyWrapper());
                    writes.add(element);
                }
                JsonObject items = new JsonObject();
                items.add("fuzz", writes);
                request.add("RequestItems", items);
            }
            case "BatchGetItem" -> {
                JsonArray keys = new JsonArray();
                keys.add(key());
                keys.add(key());
                JsonObject table = new JsonObject();
                table.add("Keys", keys);
                JsonObject items = new JsonObject();
                items.add("fuzz", table);
                request.add("RequestItems", items);
            }
            case "TransactWriteItems" -> {
                JsonArray items = new JsonArray();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    String kind = pick(List.of("Put", "Update", "Delete", "ConditionCheck"));
                    JsonObject inner = body(kind.equals("Put") ? "PutItem" : kind.equals("Update") ? "UpdateItem"
                            : "DeleteItem");
                    inner.remove("ReturnValues");
                    JsonObject element = new JsonObject();
                    element.add(kind, inner);
                    items.add(element);
                }
                request.add("TransactItems", items);
            }
            default -> {
                JsonArray items = new JsonArray();
                JsonObject get = new JsonObject();
                get.addProperty("TableName", "fuzz");
                get.add("Key", key());
                JsonObject element = new JsonObject();
                element.add("Get", get);
                items.add(element);
                request.add("TransactItems", items);
            }
        }
        return request;
    }

    private void maybeCondition(JsonObject request, String member) {
        if (random.nextBoolean()) {
            request.addProperty(member, random.nextInt(4) > 0 ? pick(List.of("attribute_not_exists(pk)",
                    "attribute_exists(a)", "a = :v", "size(l) > :v", "begins_with(g, :s)", "#n <> :v", "a, #n",
                    "NOT (a < :v OR contains(s, :s))", "l[0] BETWEEN :v AND :w")) : garbage());
            addValues(request);
        }
    }

    private void addValues(JsonObject request) {
        if (random.nextInt(5) > 0) {
            JsonObject values = new JsonObject();
            values.add(":v", number());
            values.add(":w", number());
            values.add(":s", JsonParser.parseString("{\"S\":\"" + pick(List.of("p", "q", "")) + "\"}"));
            values.add(":l", JsonParser.parseString("{\"L\":[{\"N\":\"1\"}]}"));
            request.add("ExpressionAttributeValues", values);
        }
        if (random.nextBoolean()) {
            JsonObject names = new JsonObject();
            names.addProperty("#n", "name");
            request.add("ExpressionAttributeNames", names);
        }
    }

    private String garbage() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(7); i >= 0; i--) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    private JsonObject keyWrapper() {
        JsonObject wrapper = new JsonObject();
        wrapper.add("Key", key());
        return wrapper;
    }

    private JsonObject key() {
        JsonObject key = new JsonObject();
        key.add("pk", JsonParser.parseString("{\"S\":\"" + pick(List.of("p", "q", "")) + "\"}"));
        if (random.nextInt(8) > 0) {
            key.add("sk", random.nextInt(10) == 0 ? JsonParser.parseString("{\"S\":\"1\"}") : number());
        }
        return key;
    }

    private JsonObject item(boolean withKey) {
        JsonObject item = withKey ? key() : new JsonObject();
        String[] attributes = {"a", "b", "g", "l", "n", "s", "name"};
        for (int i = random.nextInt(4); i > 0; i--) {
            item.add(attributes[random.nextInt(attributes.length)], value());
        }
        return item;
    }

    private JsonElement number() {
        return JsonParser.parseString("{\"N\":\"" + (random.nextInt(8) == 0 ? pick(List.of("abc", "1e200", "")) : pick(List.of("1", "2", "-3.5", "1e5"))) + "\"}");
    }

    private JsonElement value() {
        if (random.nextInt(8) == 0) {
            return JsonParser.parseString(pick(List.of("{\"SS\":[]}", "{}", "{\"NULL\":false}", "{\"S\":\"a\",\"N\":\"1\"}",
                    "{\"N\":7}", "{\"S\":\"" + "z".repeat(410_000) + "\"}")));
        }
        return JsonParser.parseString(pick(List.of("{\"S\":\"x\"}", "{\"N\":\"5\"}", "{\"SS\":[\"p\",\"q\"]}",
                "{\"L\":[{\"N\":\"1\"},{\"S\":\"y\"}]}", "{\"M\":{\"d\":{\"N\":\"1\"}}}", "{\"BOOL\":true}",
                "{\"B\":\"AAE=\"}")));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
