package labrepl.cloud.dynamodb.ops;

import java.util.List;
import java.util.Map;
import labrepl.cloud.dynamodb.expression.Path;
import labrepl.cloud.dynamodb.expression.Projection;
import labrepl.cloud.dynamodb.item.ItemJson;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.protocol.JsonText;
import labrepl.cloud.dynamodb.table.Table;

/**
 * What a PutItem, UpdateItem or DeleteItem asks back: ReturnValues,
 * ReturnValuesOnConditionCheckFailure and ReturnConsumedCapacity; and the answer built from them.
 */
record WriteOptions(String returnValues, boolean returnOnFailure, String capacityMode) {

    static WriteOptions read(JsonRequest request) {
        String returnValues = request.string("ReturnValues");
        return new WriteOptions(returnValues == null ? "NONE" : returnValues,
                "ALL_OLD".equals(request.string("ReturnValuesOnConditionCheckFailure")), ConsumedCapacity.mode(request));
    }

    /** PutItem and DeleteItem can only return the item as it was. */
    WriteOptions oldOnly() {
        if (!returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
            throw DynamoDbError.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        return this;
    }

    /** {@code updatedPaths}: the paths an UpdateItem changed, for UPDATED_OLD and UPDATED_NEW. */
    String respond(Table table, ItemWriter.Outcome outcome, List<Path> updatedPaths) {
        JsonText out = new JsonText().beginObject();
        Map<String, Value> attributes = switch (returnValues) {
            case "ALL_OLD" -> outcome.before();
            case "ALL_NEW" -> outcome.after();
            case "UPDATED_OLD" -> outcome.before() == null ? null : Projection.apply(outcome.before(), updatedPaths);
            case "UPDATED_NEW" -> outcome.after() == null ? null : Projection.apply(outcome.after(), updatedPaths);
            default -> null;
        };
        if (attributes != null && !attributes.isEmpty()) {
            ItemJson.writeItem(out.name("Attributes"), attributes);
        }
        if (!capacityMode.equals("NONE")) {
            // Counted only when asked for: it sizes the old item, which a plain put never parses otherwise.
            ItemWriter.capacity(table, outcome, 1).writeMember(out, capacityMode);
        }
        return out.endObject().toString();
    }
}
