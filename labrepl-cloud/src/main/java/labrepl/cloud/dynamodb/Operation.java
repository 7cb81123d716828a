package labrepl.cloud.dynamodb;

import java.util.function.Function;
import labrepl.cloud.dynamodb.protocol.JsonRequest;
import labrepl.cloud.dynamodb.shape.Shape;

/**
 * One DynamoDB operation in two steps, which keep DynamoDB's order of checks: {@code read} checks
 * the request on its own (after its declared shape has been checked) and never looks at a table;
 * {@code run} finds the table, checks what depends on it and does the work.
 *
 * @param <R> the request as read: what {@code run} works from
 */
record Operation<R>(String name, Shape.Structure input, Function<JsonRequest, R> read, Function<R, String> run) {

    String answer(JsonRequest request) {
        return run.apply(read.apply(request));
    }
}
