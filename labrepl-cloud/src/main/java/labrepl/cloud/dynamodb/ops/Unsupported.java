package labrepl.cloud.dynamodb.ops;

import labrepl.cloud.dynamodb.protocol.DynamoDbError;
import labrepl.cloud.dynamodb.protocol.JsonRequest;

/**
 * Refuses request members the local cloud does not implement yet, so a request is never
 * answered as if a condition or filter had been applied when it was ignored.
 */
final class Unsupported {

    private Unsupported() {
    }

    static void reject(JsonRequest request, String... members) {
        for (String member : members) {
            if (request.has(member)) {
                throw DynamoDbError.validation(member + " is not supported by the LabREPL local cloud yet.");
            }
        }
    }
}
