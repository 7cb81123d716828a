package labrepl.cloud.dynamodb.table;

/** The three types a key attribute may have. */
public enum KeyType {
    S, N, B;

    /** Names in the order DynamoDB lists them in validation messages. */
    public static final java.util.List<String> NAMES = java.util.List.of("B", "N", "S");
}
