package labrepl.cloud.dynamodb.table;

/** How a table is billed; it decides which throughput settings CreateTable accepts. */
public enum BillingMode {
    PROVISIONED, PAY_PER_REQUEST;

    public static final java.util.List<String> NAMES = java.util.List.of("PROVISIONED", "PAY_PER_REQUEST");
}
