package labrepl.cloud.s3.auth;

/**
 * Who a request is from, as S3's access decision sees it. Locally every signed request is
 * the account that owns every bucket (any credentials are accepted); a request with no
 * credentials is the anonymous principal, allowed only what a bucket policy grants.
 *
 * @param accountId the requester's account, or null for the anonymous principal
 * @param authType  {@code REST-HEADER}, {@code REST-QUERY-STRING} or null: the
 *                  {@code s3:authType} condition key
 */
public record Principal(String accountId, String authType) {

    public static final Principal ANONYMOUS = new Principal(null, null);

    public static Principal account(String accountId, String authType) {
        return new Principal(accountId, authType);
    }

    public boolean isAnonymous() {
        return accountId == null;
    }

    /** The ARN IAM gives the requester: the account's root, or {@code *} for anonymous callers. */
    public String arn() {
        return isAnonymous() ? "*" : "arn:aws:iam::" + accountId + ":root";
    }
}
