package labrepl.cloud;

/**
 * Who the local cloud is: the account that owns every resource and the region it
 * claims to run in. ARNs and the S3 region checks derive from it.
 */
public record CloudIdentity(String accountId, String region) {

    public static final String LOCAL_ACCOUNT = "000000000000";

    public CloudIdentity {
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("An account id has 12 digits: " + accountId);
        }
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new IllegalArgumentException("Not an AWS region name: " + region);
        }
    }

    public static CloudIdentity local(String region) {
        return new CloudIdentity(LOCAL_ACCOUNT, region);
    }

    /** An ARN for a resource of this account and region, e.g. {@code arn("dynamodb", "table/X")}. */
    public String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }
}
