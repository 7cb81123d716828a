package labrepl.cloud.dynamodb.ops;

import com.google.gson.JsonObject;
import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.table.BillingMode;

/** A ProvisionedThroughput member: read and write capacity units, or absent. */
record Throughput(boolean given, long read, long write) {

    /** DynamoDB refuses capacity above a trillion units outright. */
    private static final long MAX_UNITS = 1_000_000_000_000L;

    static Throughput read(JsonRequest request) {
        JsonObject json = request.object("ProvisionedThroughput");
        if (json == null) {
            return new Throughput(false, 0, 0);
        }
        return new Throughput(true, json.get("ReadCapacityUnits").getAsLong(), json.get("WriteCapacityUnits").getAsLong());
    }

    /** Provisioned tables need throughput within bounds; on-demand tables refuse it. */
    void checkAgainst(BillingMode mode) {
        if (mode == BillingMode.PAY_PER_REQUEST) {
            if (given) {
                throw DynamoDbError.invalidParameter(
                        "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            return;
        }
        if (!given) {
            throw DynamoDbError.invalidParameter(
                    "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        checkBounds();
    }

    void checkBounds() {
        if (read > MAX_UNITS) {
            throw DynamoDbError.validation("Given value " + read + " for ReadCapacityUnits is out of bounds");
        }
        if (write > MAX_UNITS) {
            throw DynamoDbError.validation("Given value " + write + " for WriteCapacityUnits is out of bounds");
        }
    }
}
