package labrepl.cloud.apigateway.control;

/**
 * An error of the API Gateway v2 API, as AWS answers it: an HTTP status, the error type in
 * {@code x-amzn-ErrorType} and {@code {"message": "..."}} as the body, which SDKs turn into
 * their typed exceptions.
 */
public final class ApiGatewayError extends RuntimeException {

    private final int status;
    private final String type;
    private final String resourceType;

    private ApiGatewayError(int status, String type, String message, String resourceType) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.resourceType = resourceType;
    }

    public static ApiGatewayError badRequest(String message) {
        return new ApiGatewayError(400, "BadRequestException", message, null);
    }

    /** A resource that does not exist; {@code resourceType} is what AWS names it (Api, Route, Stage, …). */
    public static ApiGatewayError notFound(String resourceType, String message) {
        return new ApiGatewayError(404, "NotFoundException", message, resourceType);
    }

    public static ApiGatewayError conflict(String message) {
        return new ApiGatewayError(409, "ConflictException", message, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** Null except for NotFoundException. */
    public String resourceType() {
        return resourceType;
    }
}
