package labrepl.cloud.dynamodb.protocol;

import com.google.gson.JsonObject;

/**
 * An error as DynamoDB sends it: an HTTP status, a {@code __type} naming the exception
 * (SDKs read the part after {@code #}) and a message. Raised where the input is read;
 * rendered once, by the protocol layer.
 */
public final class DynamoDbError extends RuntimeException {

    /** The exceptions DynamoDB's protocol uses, with the namespace DynamoDB sends for each. */
    public enum Type {
        VALIDATION("com.amazon.coral.validate#ValidationException", 400),
        SERIALIZATION("com.amazon.coral.service#SerializationException", 400),
        UNKNOWN_OPERATION("com.amazon.coral.service#UnknownOperationException", 400),
        MISSING_AUTHENTICATION_TOKEN("com.amazon.coral.service#MissingAuthenticationTokenException", 400),
        INVALID_SIGNATURE("com.amazon.coral.service#InvalidSignatureException", 400),
        INCOMPLETE_SIGNATURE("com.amazon.coral.service#IncompleteSignatureException", 400),
        ACCESS_DENIED("com.amazon.coral.service#AccessDeniedException", 400),
        RESOURCE_NOT_FOUND("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", 400),
        RESOURCE_IN_USE("com.amazonaws.dynamodb.v20120810#ResourceInUseException", 400),
        CONDITIONAL_CHECK_FAILED("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", 400),
        TRANSACTION_CANCELED("com.amazonaws.dynamodb.v20120810#TransactionCanceledException", 400),
        TRANSACTION_CONFLICT("com.amazonaws.dynamodb.v20120810#TransactionConflictException", 400),
        IDEMPOTENT_PARAMETER_MISMATCH("com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException", 400),
        LIMIT_EXCEEDED("com.amazonaws.dynamodb.v20120810#LimitExceededException", 400),
        /** DynamoDB Streams: a shard iterator older than fifteen minutes. */
        EXPIRED_ITERATOR("com.amazonaws.dynamodb.v20120810#ExpiredIteratorException", 400),
        /** DynamoDB Streams: a position whose records are gone (older than 24 hours). */
        TRIMMED_DATA_ACCESS("com.amazonaws.dynamodb.v20120810#TrimmedDataAccessException", 400),
        INTERNAL_SERVER_ERROR("com.amazonaws.dynamodb.v20120810#InternalServerError", 500);

        private final String wireName;
        private final int status;

        Type(String wireName, int status) {
            this.wireName = wireName;
            this.status = status;
        }

        public String wireName() {
            return wireName;
        }

        public int status() {
            return status;
        }
    }

    private final Type type;
    private final JsonObject extraFields;

    public DynamoDbError(Type type, String message) {
        this(type, message, null);
    }

    /** An error whose body carries members besides the message (e.g. CancellationReasons, Item). */
    public DynamoDbError(Type type, String message, JsonObject extraFields) {
        super(message, null, false, false);
        this.type = type;
        this.extraFields = extraFields;
    }

    public static DynamoDbError validation(String message) {
        return new DynamoDbError(Type.VALIDATION, message);
    }

    /** DynamoDB's prefix for item and key problems: "One or more parameter values were invalid: …". */
    public static DynamoDbError invalidParameter(String detail) {
        return validation("One or more parameter values were invalid: " + detail);
    }

    public static DynamoDbError serialization(String message) {
        return new DynamoDbError(Type.SERIALIZATION, message);
    }

    public static DynamoDbError resourceNotFound(String message) {
        return new DynamoDbError(Type.RESOURCE_NOT_FOUND, message);
    }

    public static DynamoDbError resourceInUse(String message) {
        return new DynamoDbError(Type.RESOURCE_IN_USE, message);
    }

    public Type type() {
        return type;
    }

    /**
     * The error body: {@code {"__type": "...", "message": "...", ...}}. DynamoDB's
     * deserializer and its authorizer write their one member as {@code Message}; every other error
     * {@code message}.
     */
    public JsonObject toJson() {
        JsonObject body = new JsonObject();
        body.addProperty("__type", type.wireName());
        if (getMessage() != null) {
            body.addProperty(type == Type.SERIALIZATION || type == Type.ACCESS_DENIED ? "Message" : "message", getMessage());
        }
        if (extraFields != null) {
            extraFields.entrySet().forEach(e -> body.add(e.getKey(), e.getValue()));
        }
        return body;
    }
}
