package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import labrepl.cloud.dynamodb.protocol.Constraints;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.BillingMode;

/** A request's ProvisionedThroughput member: read and write capacity units, or absent. */
record Throughput(boolean given, long read, long write) {

    static Throughput read(JsonRequest request, Constraints constraints) {
        JsonObject json = request.object("ProvisionedThroughput");
        if (json == null) {
            return new Throughput(false, 0, 0);
        }
        JsonRequest throughput = new JsonRequest(json);
        Long read = throughput.integer("ReadCapacityUnits");
        Long write = throughput.integer("WriteCapacityUnits");
        constraints.notNull("provisionedThroughput.readCapacityUnits", read)
                .range("provisionedThroughput.readCapacityUnits", read, 1, Long.MAX_VALUE)
                .notNull("provisionedThroughput.writeCapacityUnits", write)
                .range("provisionedThroughput.writeCapacityUnits", write, 1, Long.MAX_VALUE);
        return new Throughput(true, read == null ? 0 : read, write == null ? 0 : write);
    }

    /** Provisioned tables need throughput; on-demand tables refuse it. */
    void checkAgainst(BillingMode mode) {
        if (mode == BillingMode.PROVISIONED && !given) {
            throw DynamoDbError.invalidParameter(
                    "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        if (mode == BillingMode.PAY_PER_REQUEST && given) {
            throw DynamoDbError.invalidParameter(
                    "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }
    }
}
