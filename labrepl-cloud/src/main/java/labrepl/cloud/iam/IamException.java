package labrepl.cloud.iam;

/** An IAM error with its HTTP status and code, rendered once as IAM's XML error document. */
final class IamException extends RuntimeException {

    private final int status;
    private final String code;

    IamException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static IamException noSuchRole(String name) {
        return new IamException(404, "NoSuchEntity", "The role with name " + name + " cannot be found.");
    }

    static IamException validation(String message) {
        return new IamException(400, "ValidationError", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
